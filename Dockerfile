# The argmap service. docker-compose.yml runs it next to Neo4j 5.26 community.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN if npm run | grep -q "build:web"; then npm run build:web; fi
# The service runs as compiled JavaScript (dist/, with source maps), not through a TypeScript loader.
RUN npm run build
ENV NODE_ENV=production \
    ARGMAP_GRAPHIQL=true \
    HOST=0.0.0.0 \
    PORT=4000
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "bin/argmap.js", "serve"]
