#!/bin/bash
# agent-sandbox: the agent's command (agent-sandbox:agentCommand), started by
# agent-sandbox-agent.service in tmux session "agent" as {{AGENT_USER}}. Not a login shell, and
# a fixed PATH: a login shell would read the home's start-up files and put ~/bin and
# ~/.local/bin first, where a planted `claude` or `node` would run instead of the image's.
# The proxy settings come from /etc/environment through the unit.
export PATH=/usr/local/bin:/usr/bin:/bin
cd "$HOME"
exec /bin/bash -c {{AGENT_COMMAND}}
