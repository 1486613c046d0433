#pragma once

class QThreadPool;

// The threads that parse and decode inside a catalog load. Loads themselves run on the global
// pool and wait for this work; were it queued on the global pool too, two loads (or a load and
// its own cache read) could each hold a thread while waiting for the other: a deadlock. Tasks on
// this pool never wait for anything.
QThreadPool *catalogWorkerPool();
