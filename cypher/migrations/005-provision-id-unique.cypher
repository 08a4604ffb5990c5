// @name migrations/005-provision-id-unique
CREATE CONSTRAINT provision_id_unique IF NOT EXISTS FOR (n:Provision) REQUIRE n.id IS UNIQUE
