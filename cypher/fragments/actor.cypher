// @fragment actor(x)
x {.id, .name, .kind, .description}
