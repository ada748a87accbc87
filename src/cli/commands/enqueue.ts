// clausier enqueue: one render job per document on a BullMQ queue, optionally waited for (src/queue/enqueue.ts; docs/scaling.md).
export { runEnqueue, type EnqueueArgs } from "../../queue/enqueue.js";
