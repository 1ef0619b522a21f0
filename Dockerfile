# Big City Graph: the GraphQL server only. Neo4j runs elsewhere (docker compose's "neo4j"
# service, Aura, your own): set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD. Without NEO4J_URI the
# server would try to provision a local Neo4j, which needs Java and Maven this image does not have.

# --- build: compile TypeScript to dist/ ---
FROM node:20-bookworm-slim AS builder
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY explorer ./explorer
RUN npm run build

# --- runtime: production dependencies, compiled code, the schema and the seed ---
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
# package.json stays at /app: the server finds schema.graphql and seed/ next to it.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=builder /app/dist ./dist
COPY schema.graphql ./
COPY seed ./seed
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
