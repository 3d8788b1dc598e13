/* SPDX-License-Identifier: MIT */
/*
 * The handlers of the calls with a lane of their own (spec/functions.yaml:
 * lane), ffa_lane_<call>() as ffa_lane.h names them, each inline from its
 * concern's header. call.c compiles them into the lanes, the only place
 * the runtime answers these calls: its dispatch() has no case for them
 * (FFA_DISPATCH_LANES_ELSEWHERE). The generated conformance suite, which
 * calls ffa_dispatch() itself, answers them with the same code through
 * the ffa_handle_<call>() it defines from these.
 */
#ifndef FFA_LANES_H
#define FFA_LANES_H

#include "msg_lane.h"
#include "partinfo_lane.h"

#endif /* FFA_LANES_H */
