/**
 * V8 flags the server runs with, wherever it is started: `npm start`, the image's CMD, the Helm
 * chart's command, the benches and the fault suite (test/foundation/image.test.ts checks that
 * they agree).
 *
 * A request allocates many short-lived objects (GraphQL execution, MikroORM entities and their
 * snapshots). With V8's default young generation (16 MB semi-spaces on 64-bit), a busy server
 * scavenges so often that objects alive across a request's awaits are promoted and then swept
 * by the old generation's collector: at 16 dispatches in flight the server spent a sixth of its
 * thread in the collector. Semi-spaces of up to 64 MB (grown by V8 only under such load) let
 * them die young; dispatch throughput rose by about a fifth (docs/BENCHMARKS.md). The cost is
 * up to 128 MB more heap under load, within the chart's 512Mi limit.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
