// clausier worker: consumes render jobs from a BullMQ queue on Redis (src/queue/worker.ts; docs/scaling.md).
export { runWorker, type WorkerArgs } from "../../queue/worker.js";
