// @name migrations/024-user-id-unique
// Users by id (`user:` and a hash of their token's issuer and subject), recorded on first sight.
CREATE CONSTRAINT user_id_unique IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE
