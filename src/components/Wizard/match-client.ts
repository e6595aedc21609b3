/**
 * Pastes up to 200 KB are matched synchronously during render (about 10 ms per 100 KB); larger ones go
 * to a Web Worker so typing and scrolling stay smooth. The text is posted in chunks, each in its
 * own task: copying 10 MB to a worker in one message blocks the page for about 30 ms.
 */
import type { CompiledData, Diagnosis } from '../../lib/matcher/index.ts';

export const WORKER_THRESHOLD = 200_000;
const CHUNK = 1_000_000;

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (d: Diagnosis[]) => void>();

/** Start the worker and load the compiled catalog in it (called when the textarea gets focus). */
export function warmWorker(compiled: CompiledData): Worker {
  if (!worker) {
    worker = new Worker(new URL('./match-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; diagnoses: Diagnosis[] }>) => {
      waiting.get(e.data.id)?.(e.data.diagnoses);
      waiting.delete(e.data.id);
    };
    worker.postMessage({ compiled });
  }
  return worker;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

export async function matchInWorker(compiled: CompiledData, text: string): Promise<Diagnosis[]> {
  const id = ++nextId;
  const w = warmWorker(compiled);
  const result = new Promise<Diagnosis[]>((resolve) => waiting.set(id, resolve));
  for (let at = 0; at < text.length; at += CHUNK) {
    await nextTask();
    if (id !== nextId) {
      // A newer paste replaced this one: drop it (the caller ignores stale results anyway).
      waiting.delete(id);
      w.postMessage({ id, cancel: true });
      return [];
    }
    w.postMessage({ id, chunk: text.slice(at, at + CHUNK) });
  }
  w.postMessage({ id, done: true });
  return result;
}
