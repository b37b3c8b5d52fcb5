// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace tuma {

// Hands batches of work from the thread that produces them to the one that consumes them.
// Bounded, so a producer faster than the disk does not hold the whole job in memory; either
// side can close it to make the other stop.
template<typename T, std::size_t Capacity = 8> class BoundedQueue final
{
public:
    // False when the consumer gave up: the producer stops.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_items.size() < Capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }
    // Nothing once the queue is closed and empty.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }
    // The producer is done: what is queued can still be taken.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    // The consumer gives up: what is queued is dropped and the producer's next push fails.
    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_items.clear();
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_closed = false;
};

} // namespace tuma
