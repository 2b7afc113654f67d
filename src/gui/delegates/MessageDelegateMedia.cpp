// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MessageDelegate: where media come from (thumbnails, remote Markdown images).
#include "core/models/MessageModel.h"
#include "gui/delegates/MessageDelegate.h"
#include "gui/delegates/RemoteImageLoader.h"

MarkdownImages::RemoteLookup MessageDelegate::remoteLookup() const
{
    if (!m_remoteImages)
        return {};
    return [loader = m_remoteImages](const QUrl &url) {
        return loader ? loader->image(url) : QImage();
    };
}

void MessageDelegate::setRemoteImageLoader(RemoteImageLoader *loader)
{
    m_remoteImages = loader;
    m_renderers.clear(); // rendered with the other lookup
    m_layouts.clear();
    m_rowSizes.clear();
}

void MessageDelegate::remoteImageLoaded(const QUrl &url)
{
    const QString address = url.toString();
    const QString encoded = url.toString(QUrl::FullyEncoded);
    std::vector<qint64> ids;
    for (const auto &[id, entry] : m_renderers) {
        const QStringView source = entry.renderer ? entry.renderer->source() : QStringView();
        if (source.contains(address) || source.contains(encoded))
            ids.push_back(id);
    }
    const auto *messages = qobject_cast<const MessageModel *>(m_model);
    for (const qint64 id : ids) {
        m_renderers.erase(id);
        m_layouts.remove(id);
        const int row = messages ? messages->rowOf(id) : -1;
        if (row < 0)
            continue;
        if (std::size_t(row) < m_rowSizes.size())
            m_rowSizes[std::size_t(row)] = {};
        Q_EMIT sizeHintChanged(messages->index(row, 0));
    }
}

void MessageDelegate::setThumbnailCache(ThumbnailCache *cache)
{
    m_thumbnails = cache;
    m_layouts.clear();
    m_rowSizes.clear();
}
