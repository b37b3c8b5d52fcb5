// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace tuma::sandbox {

// A misbehaviour the simulator shows on purpose, chosen per test. The SPEC syntax (also for
// `tuma-cli sim --faults`) is a comma-separated list of
// OPERATION:FAULT[=ARG][*COUNT][%PERCENT]:
//   send:rate-limit=5*1    the next send answers 429 with Retry-After: 5, once
//   send:rate-limit=1:1005 429 with Retry-After: 1 whose body carries the provider code 1005
//   balance:server-error   every balance request answers 500
//   send:slow=3000         answers after 3 s (past a client's timeout)
//   history:malformed      a 200 whose JSON is cut off
//   *:html                 an HTML error page (502) for every request
//   send:drop*1            accepts the next send (journals it) and closes the connection
//                          without answering
//   history:server-error%5 one history request in twenty, at random, answers 500
//   send:reset*1           carries out the next send and resets the connection halfway
//                          through its answer
//   balance:stale=50       answers, keeps the connection open for the client's next request
//                          and closes it 50 ms later without notice (a stale keep-alive)
// OPERATION is an operation name of docs/providers.md (send, balance, status, history,
// topup, ...) or * for any. Without *COUNT a fault stays until cleared.
struct Fault
{
    enum class Kind { RateLimit, ServerError, Slow, Malformed, Html, Drop, Reset, Stale };
    QString operation;
    Kind kind = Kind::ServerError;
    int argument = 0; // Retry-After seconds, or the delay in ms for Slow and Stale
    QString code; // RateLimit: a provider error code for the body instead of the usual one
    int remaining = -1; // -1: until cleared
    int percent = 100; // the share of matching requests it strikes (the rest go through)
};

Result<QList<Fault>> parseFaults(const QString& spec);
QString faultKindName(Fault::Kind kind);

} // namespace tuma::sandbox
