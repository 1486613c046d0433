#include "workerpool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

QThreadPool *catalogWorkerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process: workers may outlive any owner
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        p->setObjectName(QString::fromLatin1("catalog workers"));
        return p;
    }();
    return pool;
}

QThreadPool *catalogLoadPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(4); // a load, a sync and code fetches at once; all of them mostly wait
        p->setObjectName(QString::fromLatin1("catalog loads"));
        return p;
    }();
    return pool;
}
