// @fragment actor(x)
x {.id, .mapId, .name, .kind, .description}
