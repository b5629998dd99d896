# MissionGuard revocations in OPA: deny agents and credentials that MissionGuard revoked.
#
# Data: an enforcement point started with `missionguard enforce --opa-url URL` writes
#   data.missionguard.revoked.agents[<agent id>]      = {action, command_id, reason,
#   data.missionguard.revoked.credentials[<cred id>]  =  expires_at, expires_at_ns}
# Input: {"agent_id": "...", "credential_id": "..."} (credential_id optional).
# Use from your own policy:  deny contains msg if { some msg in data.missionguard.authz.deny }
package missionguard.authz

import rego.v1

# Restrictions that refuse the call; "throttle" is left to rate limiters.
blocking := {"revoke", "suspend", "step_up"}

default allow := false

allow if count(deny) == 0

deny contains msg if {
	r := data.missionguard.revoked.agents[input.agent_id]
	in_force(r)
	msg := sprintf("agent %s %s by MissionGuard (command %s): %s", [input.agent_id, r.action, r.command_id, r.reason])
}

deny contains msg if {
	r := data.missionguard.revoked.credentials[input.credential_id]
	in_force(r)
	msg := sprintf("credential %s %s by MissionGuard (command %s): %s", [input.credential_id, r.action, r.command_id, r.reason])
}

# A restriction is in force until its expiry: an expired one denies nothing even if the
# enforcement point has not removed it yet.
in_force(r) if {
	r.action in blocking
	time.now_ns() < r.expires_at_ns
}

in_force(r) if {
	r.action in blocking
	r.expires_at_ns == null
}
