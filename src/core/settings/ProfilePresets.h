// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/settings/ProviderProfile.h"

//! A starting point for a new profile: a known server with its URL, auth style and quirks
//! (protocol.md §9–§11). The profile template has no name; a base URL that still contains a
//! placeholder such as {resource} must be filled in by the user (see placeholder()).
struct ProfilePreset
{
    QString id; //!< stable: "openai", "azure-openai", "azure-inference", "openrouter", …
    const char *displayNameSource = ""; //!< English; translated in context "ProfilePresets"
    const char *hintSource = ""; //!< English one-liner: where to get the key, what to fill in
    ProviderProfile profile; //!< template; baseUrl empty when urlPattern has a placeholder
    QString urlPattern; //!< the base URL, possibly with one placeholder: "https://{resource}…"
    bool needsKey = true; //!< false: the server usually runs without a key (local servers)
    QString suggestedModel; //!< a sensible default model; empty when the user must name one

    QString displayName() const; //!< translated
    QString hint() const; //!< translated

    //! The placeholder in urlPattern without braces ("resource"), or empty when there is none.
    QString placeholder() const;
    //! urlPattern with the placeholder replaced by `value` (trimmed); a `value` that is itself a
    //! URL ("https://…") is taken as the whole base URL.
    QUrl baseUrlFor(const QString &value = {}) const;
    //! A complete profile: the template named `name`, with baseUrlFor(value) and the suggested
    //! model as default model.
    ProviderProfile makeProfile(const QString &name, const QString &placeholderValue = {}) const;
};

namespace ProfilePresets {
//! Every preset, in the order shown to the user.
const QList<ProfilePreset> &all();
std::optional<ProfilePreset> byId(const QString &id);
//! The preset a saved profile most likely came from (same kind, same host and port), if any.
std::optional<ProfilePreset> match(const ProviderProfile &profile);
//! True if `url` still contains a {placeholder} the user has to replace.
bool hasPlaceholder(const QString &url);
} // namespace ProfilePresets
