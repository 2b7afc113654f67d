// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/RequestObserver.h"

#include <QNetworkAccessManager>

namespace {
struct Attachment
{
    const QNetworkAccessManager *nam;
    RequestObserver *observer;
};

// Main thread only, like the replies that read it; usually empty.
QList<Attachment> &attachments()
{
    static QList<Attachment> list;
    return list;
}
} // namespace

RequestObserver::~RequestObserver()
{
    detachAll();
}

void RequestObserver::attach(QNetworkAccessManager &nam)
{
    for (const Attachment &a : attachments()) {
        if (a.nam == &nam && a.observer == this)
            return;
    }
    attachments().append({ &nam, this });
}

void RequestObserver::detach(QNetworkAccessManager &nam)
{
    attachments().removeIf(
        [&](const Attachment &a) { return a.nam == &nam && a.observer == this; });
}

void RequestObserver::detachAll()
{
    attachments().removeIf([this](const Attachment &a) { return a.observer == this; });
}

bool RequestObserver::isAttached() const
{
    for (const Attachment &a : attachments()) {
        if (a.observer == this)
            return true;
    }
    return false;
}

bool RequestObserver::anyAttached()
{
    return !attachments().isEmpty();
}

QList<RequestObserver *> RequestObserver::observersOf(const QNetworkAccessManager *nam)
{
    // A profile's own manager (ProfileNetwork) is a child of the shared one: observers of an
    // ancestor see its requests too.
    QList<RequestObserver *> found;
    for (const QObject *o = nam; o; o = o->parent()) {
        for (const Attachment &a : attachments()) {
            if (static_cast<const QObject *>(a.nam) == o && !found.contains(a.observer))
                found.append(a.observer);
        }
    }
    return found;
}
