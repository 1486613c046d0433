#pragma once

class QThreadPool;

// The threads that parse and decode inside a catalog load. Loads themselves run on
// catalogLoadPool() and wait for this work; were it queued on the global pool too, two loads (or a load and
// its own cache read) could each hold a thread while waiting for the other: a deadlock. Tasks on
// this pool never wait for anything.
QThreadPool *catalogWorkerPool();

// The threads that run whole loads, syncs and code fetches: work that may wait long (for the
// network, for the catalog workers). Never the global pool: Qt's own image scaling borrows the
// global pool from the GUI thread and waits for it, so a global pool full of waiting syncs would
// freeze the window.
QThreadPool *catalogLoadPool();
