// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <utility>

namespace tuma {

// Drops answers that come after what they were asked for has changed: the account a page
// shows, the group whose contacts a list shows. Each change calls renew(); a callback
// wrapped by guard() runs only if no renew() came between the wrapping and the answer.
//
// The wrapped callback refers to this object: hand it only to calls that drop their answer
// once its owner is gone (ProviderSession::run with the owner as context, a BackgroundJob
// the owner holds).
class StaleAnswers final
{
public:
    void renew() { ++m_generation; }

    template<typename Callback> auto guard(Callback callback) const
    {
        return
            [this, generation = m_generation, callback = std::move(callback)](auto&&... arguments) {
                if (generation == m_generation)
                    callback(std::forward<decltype(arguments)>(arguments)...);
            };
    }

private:
    quint64 m_generation = 0;
};

} // namespace tuma
