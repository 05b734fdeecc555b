#!/bin/bash
# agent-sandbox: the agent's command (agent-sandbox:agentCommand), started by
# agent-sandbox-agent.service in tmux session "agent" as {{AGENT_USER}}. A login shell, so the
# command sees the same PATH and proxy settings as an interactive login.
cd "$HOME"
exec /bin/bash -lc {{AGENT_COMMAND}}
