
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'onyx' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'onyx'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'onyx' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ask', 'ask', [CompletionResultType]::ParameterValue, 'Ask a question: the answer streams to stdout, then its sources with the cited passages')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Chat in the terminal: follow-ups, slash commands for agent, model and filters')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open citation N of the last answer in the browser (or print its link)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the indexed documents without generating an answer')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'List, show, rename and delete chat sessions')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'List and show agents (personas)')
            [CompletionResult]::new('model', 'model', [CompletionResultType]::ParameterValue, 'List the models answers can use; pick this profile''s default')
            [CompletionResult]::new('mcp', 'mcp', [CompletionResultType]::ParameterValue, 'Serve Onyx to coding agents over MCP (Claude Code, Cursor, Codex)')
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Upload a folder of files into a document set; re-runs send only what changed')
            [CompletionResult]::new('doc', 'doc', [CompletionResultType]::ParameterValue, 'List or delete documents sent through the ingestion API')
            [CompletionResult]::new('connector', 'connector', [CompletionResultType]::ParameterValue, 'Manage connectors: create, index, pause, resume, follow their status and delete them')
            [CompletionResult]::new('credential', 'credential', [CompletionResultType]::ParameterValue, 'Manage credentials (secrets read from a file or stdin, never from argv)')
            [CompletionResult]::new('cc-pair', 'cc-pair', [CompletionResultType]::ParameterValue, 'Manage connector-credential pairs (what actually indexes)')
            [CompletionResult]::new('docset', 'docset', [CompletionResultType]::ParameterValue, 'Manage document sets')
            [CompletionResult]::new('api-key', 'api-key', [CompletionResultType]::ParameterValue, 'Manage API keys (admin)')
            [CompletionResult]::new('pat', 'pat', [CompletionResultType]::ParameterValue, 'Manage your personal access tokens')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create what a JSON or YAML manifest describes and is missing (credentials, connectors, pairs, document sets)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, show who you are, log out')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles (one per server or identity)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Get and set this profile''s defaults: agent, document sets, model, output, colour')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check config, server, credentials, permissions, LLM and index: one line each, with the fix')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any API endpoint with the profile''s server and credentials')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions, or write them all to a directory')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write one per command to a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;ask' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--prompt', '--prompt', [CompletionResultType]::ParameterName, 'The question, as an option (instead of the positional words)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Agent (persona) to ask, by id or name (default: the profile''s default agent, else 0)')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Continue this chat session')
            [CompletionResult]::new('--docset', '--docset', [CompletionResultType]::ParameterName, 'Search only this document set (repeatable; default: the profile''s, see ''onyx config'')')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Search only this source type, e.g. confluence, web, file (repeatable)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Answer with this model: its name, display name or provider/model (see ''onyx model list'')')
            [CompletionResult]::new('--temperature', '--temperature', [CompletionResultType]::ParameterName, 'Sampling temperature of the answer, 0 to 2')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open citation N of this answer in the browser once it is printed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Continue the last chat session of this profile')
            [CompletionResult]::new('--continue', '--continue', [CompletionResultType]::ParameterName, 'Continue the last chat session of this profile')
            [CompletionResult]::new('--deep-research', '--deep-research', [CompletionResultType]::ParameterName, 'Run Onyx''s deep-research loop (slower, more thorough)')
            [CompletionResult]::new('--reasoning', '--reasoning', [CompletionResultType]::ParameterName, 'Show the model''s reasoning on stderr as it arrives')
            [CompletionResult]::new('--no-stream', '--no-stream', [CompletionResultType]::ParameterName, 'Wait for the whole answer instead of streaming it')
            [CompletionResult]::new('--no-passages', '--no-passages', [CompletionResultType]::ParameterName, 'Do not fetch or show the cited passages: the sources are listed by title and link only')
            [CompletionResult]::new('--raw-markers', '--raw-markers', [CompletionResultType]::ParameterName, 'Keep the server''s [[n]](url) citation links in the text')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Show the answer''s Markdown as written, not rendered, on a terminal too')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print one JSON event per line as it arrives (unknown packets passed through)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;chat' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Resume this chat session')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Agent (persona) to ask, by id or name (default: the profile''s default agent, else 0)')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Answer with this model: its name, display name or provider/model (see ''onyx model list'')')
            [CompletionResult]::new('--temperature', '--temperature', [CompletionResultType]::ParameterName, 'Sampling temperature of the answers, 0 to 2')
            [CompletionResult]::new('--docset', '--docset', [CompletionResultType]::ParameterName, 'Search only this document set (repeatable; default: the profile''s, see ''onyx config'')')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Search only this source type, e.g. confluence, web, file (repeatable)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Resume the last chat session of this profile')
            [CompletionResult]::new('--continue', '--continue', [CompletionResultType]::ParameterName, 'Resume the last chat session of this profile')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Show answers'' Markdown as written, not rendered')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;open' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Print the link on stdout instead of opening it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;search' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--docset', '--docset', [CompletionResultType]::ParameterName, 'Search only this document set (repeatable; default: the profile''s, see ''onyx config'')')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Search only this source type, e.g. confluence, web, file (repeatable)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N results')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;session' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your chat sessions, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a session''s conversation with its citations')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete chat sessions')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a session')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;session;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many sessions to list at most')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;session;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;session;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete all of your chat sessions')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;session;rename' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;session;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your chat sessions, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a session''s conversation with its citations')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete chat sessions')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a session')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;session;help;list' {
            break
        }
        'onyx;session;help;show' {
            break
        }
        'onyx;session;help;delete' {
            break
        }
        'onyx;session;help;rename' {
            break
        }
        'onyx;session;help;help' {
            break
        }
        'onyx;agent' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agents you can ask (only listed ones)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one agent, by id or name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;agent;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;agent;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;agent;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agents you can ask (only listed ones)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one agent, by id or name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;agent;help;list' {
            break
        }
        'onyx;agent;help;show' {
            break
        }
        'onyx;agent;help;help' {
            break
        }
        'onyx;model' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the LLM providers you may use, their models, and which one answers by default')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a model this profile''s default for ask and chat (checked against the server)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;model;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;model;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Forget the profile''s default: the server''s default answers again')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;model;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the LLM providers you may use, their models, and which one answers by default')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a model this profile''s default for ask and chat (checked against the server)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;model;help;list' {
            break
        }
        'onyx;model;help;use' {
            break
        }
        'onyx;model;help;help' {
            break
        }
        'onyx;mcp' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--http', '--http', [CompletionResultType]::ParameterName, 'Serve the streamable HTTP transport at http://ADDR/mcp instead of stdio; loopback only, e.g. 127.0.0.1:8765')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;ingest' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--docset', '--docset', [CompletionResultType]::ParameterName, 'Document set to put the files in (created when missing)')
            [CompletionResult]::new('--docs', '--docs', [CompletionResultType]::ParameterName, 'Send already-extracted documents through the ingestion API instead: one JSON object a line (id, title, link, text or sections, metadata); ''-'' for stdin. Same id = update')
            [CompletionResult]::new('--cc-pair', '--cc-pair', [CompletionResultType]::ParameterName, 'With --docs: the cc-pair the documents belong to [default: the server''s ingestion API pair]')
            [CompletionResult]::new('--connector', '--connector', [CompletionResultType]::ParameterName, 'File connector to upload to (found or created by name) [default: ingest-<docset>]')
            [CompletionResult]::new('--access', '--access', [CompletionResultType]::ParameterName, 'Who may search the files when the connector is created')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Only files whose path (relative to PATH) matches this glob, e.g. ''*.pdf'' (repeatable)')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave out files and directories matching this glob, e.g. ''drafts/**'' (repeatable)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Most files per upload request')
            [CompletionResult]::new('--batch-bytes', '--batch-bytes', [CompletionResultType]::ParameterName, 'Most bytes per upload request (a larger file goes alone), e.g. 64MiB or 1GB; a bare number is bytes')
            [CompletionResult]::new('--upload-retries', '--upload-retries', [CompletionResultType]::ParameterName, 'Retries of a batch on connection errors, timeouts, 429 and 502/503/504')
            [CompletionResult]::new('--upload-timeout', '--upload-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the answer to one upload request, e.g. 10m; a bare number is seconds')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--hidden', '--hidden', [CompletionResultType]::ParameterName, 'Include hidden files and directories (names starting with ''.'')')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Remove from the connector the files that no longer exist locally')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be uploaded, replaced and removed; send nothing but reads')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the server has finished (indexing, syncing or deleting)')
            [CompletionResult]::new('--wait-lock', '--wait-lock', [CompletionResultType]::ParameterName, 'If another run holds this connector''s lock, wait for it instead of failing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;doc' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Documents created through the ingestion API, or the documents of one cc-pair')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a document created through the ingestion API')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;doc;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--cc-pair', '--cc-pair', [CompletionResultType]::ParameterName, 'List the documents of this connector-credential pair instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;doc;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;doc;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Documents created through the ingestion API, or the documents of one cc-pair')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a document created through the ingestion API')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;doc;help;list' {
            break
        }
        'onyx;doc;help;delete' {
            break
        }
        'onyx;doc;help;help' {
            break
        }
        'onyx;connector' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connectors')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one connector: source, schedule, credentials and config')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connector (it indexes nothing until paired with a credential)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a connector (the fields not given are kept)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connector with its pairs and their documents')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause indexing of every pair of the connector')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume indexing of every pair of the connector')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Index now')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Indexing status of the connector''s pairs: last run, documents, errors')
            [CompletionResult]::new('files', 'files', [CompletionResultType]::ParameterValue, 'List the files of a file connector')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;connector;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;connector;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;connector;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Document source: file, web, confluence, … (Onyx''s DocumentSource values)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the connector (unique)')
            [CompletionResult]::new('--input-type', '--input-type', [CompletionResultType]::ParameterName, 'How the connector reads its source')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A connector_specific_config field; VALUE is parsed as JSON when it can be, else taken as a string (repeatable)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'connector_specific_config from a JSON file (''-'' for stdin); --config fields are applied on top')
            [CompletionResult]::new('--refresh-freq', '--refresh-freq', [CompletionResultType]::ParameterName, 'Time between re-indexing runs, e.g. 1h or 1d; a bare number is seconds')
            [CompletionResult]::new('--prune-freq', '--prune-freq', [CompletionResultType]::ParameterName, 'Time between pruning runs, e.g. 1d; a bare number is seconds')
            [CompletionResult]::new('--access', '--access', [CompletionResultType]::ParameterName, 'Who may see the documents')
            [CompletionResult]::new('--upload', '--upload', [CompletionResultType]::ParameterName, 'File connector: upload this file and index it (repeatable); sets file_locations and file_names')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Print the existing connector and succeed when one has this name')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;connector;update' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A connector_specific_config field; VALUE is parsed as JSON when it can be, else taken as a string (repeatable)')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'connector_specific_config from a JSON file (''-'' for stdin); --config fields are applied on top')
            [CompletionResult]::new('--refresh-freq', '--refresh-freq', [CompletionResultType]::ParameterName, 'Time between re-indexing runs, e.g. 1h or 1d; a bare number is seconds')
            [CompletionResult]::new('--prune-freq', '--prune-freq', [CompletionResultType]::ParameterName, 'Time between pruning runs, e.g. 1d; a bare number is seconds')
            [CompletionResult]::new('--access', '--access', [CompletionResultType]::ParameterName, 'Who may see the documents')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;connector;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when there is nothing by that id or name')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the server has finished (indexing, syncing or deleting)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;connector;pause' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;connector;resume' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;connector;run' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--from-beginning', '--from-beginning', [CompletionResultType]::ParameterName, 'Re-index everything instead of only what changed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;connector;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the server has finished (indexing, syncing or deleting)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Show the status again every --interval until the runs are over (Ctrl-C stops)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;connector;files' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;connector;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connectors')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one connector: source, schedule, credentials and config')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connector (it indexes nothing until paired with a credential)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a connector (the fields not given are kept)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connector with its pairs and their documents')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause indexing of every pair of the connector')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume indexing of every pair of the connector')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Index now')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Indexing status of the connector''s pairs: last run, documents, errors')
            [CompletionResult]::new('files', 'files', [CompletionResultType]::ParameterValue, 'List the files of a file connector')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;connector;help;list' {
            break
        }
        'onyx;connector;help;show' {
            break
        }
        'onyx;connector;help;create' {
            break
        }
        'onyx;connector;help;update' {
            break
        }
        'onyx;connector;help;delete' {
            break
        }
        'onyx;connector;help;pause' {
            break
        }
        'onyx;connector;help;resume' {
            break
        }
        'onyx;connector;help;run' {
            break
        }
        'onyx;connector;help;status' {
            break
        }
        'onyx;connector;help;files' {
            break
        }
        'onyx;connector;help;help' {
            break
        }
        'onyx;credential' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your credentials (the built-in credential 0 is hidden)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one credential, secret values masked')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a credential; its secret JSON is read from --file PATH or stdin (--file -)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;credential;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;credential;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;credential;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Document source the credential is for: file, confluence, …')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the credential (unique)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'JSON file with the credential_json object (''-'' for stdin); omitted means {} (file connectors)')
            [CompletionResult]::new('--credential-json', '--credential-json', [CompletionResultType]::ParameterName, 'Refused: secrets on the command line end up in shell history and `ps`')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Refused: secrets on the command line end up in shell history and `ps`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Only for me, not every admin')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Print the existing credential and succeed when one has this name')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;credential;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when there is nothing by that id or name')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also detach it from the connectors that use it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;credential;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your credentials (the built-in credential 0 is hidden)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one credential, secret values masked')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a credential; its secret JSON is read from --file PATH or stdin (--file -)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;credential;help;list' {
            break
        }
        'onyx;credential;help;show' {
            break
        }
        'onyx;credential;help;create' {
            break
        }
        'onyx;credential;help;delete' {
            break
        }
        'onyx;credential;help;help' {
            break
        }
        'onyx;cc-pair' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connector-credential pairs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one pair: status, documents, last run')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Pair a connector with a credential; indexing starts at once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a pair and its documents')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;cc-pair;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;cc-pair;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two refreshes with --watch, e.g. 2s or 500ms')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Show the pair again every --interval until its indexing run is over (Ctrl-C stops)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;cc-pair;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--connector', '--connector', [CompletionResultType]::ParameterName, 'The connector, by id or name')
            [CompletionResult]::new('--credential', '--credential', [CompletionResultType]::ParameterName, 'The credential, by id or name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the pair (unique); defaults to the connector''s name')
            [CompletionResult]::new('--access', '--access', [CompletionResultType]::ParameterName, 'Who may see the documents the pair indexes')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'User-group id (repeatable; effective in Enterprise Edition)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Print the existing pair and succeed when it exists')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;cc-pair;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when there is nothing by that id or name')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the server has finished (indexing, syncing or deleting)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;cc-pair;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connector-credential pairs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one pair: status, documents, last run')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Pair a connector with a credential; indexing starts at once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a pair and its documents')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;cc-pair;help;list' {
            break
        }
        'onyx;cc-pair;help;show' {
            break
        }
        'onyx;cc-pair;help;create' {
            break
        }
        'onyx;cc-pair;help;delete' {
            break
        }
        'onyx;cc-pair;help;help' {
            break
        }
        'onyx;docset' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List document sets')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a document set, its pairs and whether it is synced')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a document set')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename or describe a document set (waits for a running sync first)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add pairs to a document set (waits for a running sync first)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove pairs from a document set (waits for a running sync first)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a document set (waits for a running sync first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;docset;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;docset;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the server has finished (indexing, syncing or deleting)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Show the set again every --interval until it is synced (Ctrl-C stops)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;docset;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the set (unique)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the set holds, for people choosing it')
            [CompletionResult]::new('--connector', '--connector', [CompletionResultType]::ParameterName, 'Every pair of this connector (id or name; repeatable)')
            [CompletionResult]::new('--cc-pair', '--cc-pair', [CompletionResultType]::ParameterName, 'This pair (id or name; repeatable)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Visible only to the given groups (Enterprise Edition)')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Print the existing set and succeed when one has this name')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the server has finished (indexing, syncing or deleting)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;docset;update' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the server has finished (indexing, syncing or deleting)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;docset;add' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--connector', '--connector', [CompletionResultType]::ParameterName, 'Every pair of this connector (id or name; repeatable)')
            [CompletionResult]::new('--cc-pair', '--cc-pair', [CompletionResultType]::ParameterName, 'This pair (id or name; repeatable)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the server has finished (indexing, syncing or deleting)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;docset;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--connector', '--connector', [CompletionResultType]::ParameterName, 'Every pair of this connector (id or name; repeatable)')
            [CompletionResult]::new('--cc-pair', '--cc-pair', [CompletionResultType]::ParameterName, 'This pair (id or name; repeatable)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the server has finished (indexing, syncing or deleting)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;docset;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when there is nothing by that id or name')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the server has finished (indexing, syncing or deleting)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;docset;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List document sets')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a document set, its pairs and whether it is synced')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a document set')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename or describe a document set (waits for a running sync first)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add pairs to a document set (waits for a running sync first)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove pairs from a document set (waits for a running sync first)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a document set (waits for a running sync first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;docset;help;list' {
            break
        }
        'onyx;docset;help;show' {
            break
        }
        'onyx;docset;help;create' {
            break
        }
        'onyx;docset;help;update' {
            break
        }
        'onyx;docset;help;add' {
            break
        }
        'onyx;docset;help;remove' {
            break
        }
        'onyx;docset;help;delete' {
            break
        }
        'onyx;docset;help;help' {
            break
        }
        'onyx;api-key' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API keys (their secrets are never shown again)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key and print its secret once')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a key or change its role or groups (what is not given is kept)')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Issue a new secret for a key; the old one stops working')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;api-key;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;api-key;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the key (unique)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'What the key may do, on a server with roles [default: basic]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'A group to put the key in, by name or id, on a server with group-based permissions (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the secret, alone on its line: KEY=$(onyx api-key create … --quiet)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the secret, alone on its line: KEY=$(onyx api-key create … --quiet)')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed when a key has this name (its secret is not shown again)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;api-key;update' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'New role (servers with roles; on group servers admin|basic mean the default groups)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The key''s groups from now on, by name or id (repeatable; servers with group-based permissions)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;api-key;regenerate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the secret, alone on its line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the secret, alone on its line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;api-key;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when there is nothing by that id or name')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;api-key;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API keys (their secrets are never shown again)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key and print its secret once')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a key or change its role or groups (what is not given is kept)')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Issue a new secret for a key; the old one stops working')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;api-key;help;list' {
            break
        }
        'onyx;api-key;help;create' {
            break
        }
        'onyx;api-key;help;update' {
            break
        }
        'onyx;api-key;help;regenerate' {
            break
        }
        'onyx;api-key;help;delete' {
            break
        }
        'onyx;api-key;help;help' {
            break
        }
        'onyx;pat' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your tokens (their secrets are never shown again)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token and print its secret once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;pat;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;pat;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the token (unique)')
            [CompletionResult]::new('--expires-days', '--expires-days', [CompletionResultType]::ParameterName, 'Days until it expires (never, when omitted)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Limit the token to a scope: read:search, read:chat, write:chat (repeatable)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the secret, alone on its line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the secret, alone on its line')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed when a token has this name (its secret is not shown again)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;pat;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when there is nothing by that id or name')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;pat;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your tokens (their secrets are never shown again)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token and print its secret once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;pat;help;list' {
            break
        }
        'onyx;pat;help;create' {
            break
        }
        'onyx;pat;help;delete' {
            break
        }
        'onyx;pat;help;help' {
            break
        }
        'onyx;apply' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest (JSON, or YAML for .yaml/.yml); file paths in it are relative to it')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The manifest (JSON, or YAML for .yaml/.yml); file paths in it are relative to it')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would change, change nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete resources named with the manifest''s "prefix" that it no longer lists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before --prune deletes (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before --prune deletes (required when stdin is not a terminal)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the server has finished (indexing, syncing or deleting)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store credentials for a server in the current profile')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the server, API base, identity and server version')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored credentials of the current profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;auth;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'The API key or personal access token: ''-'' reads it from stdin (never give it on the command line); prompted (hidden) when omitted on a terminal')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Sign in with e-mail and password instead (password read from a hidden prompt or stdin)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Store the credentials without checking them against the server')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store credentials for a server in the current profile')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the server, API base, identity and server version')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored credentials of the current profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;auth;help;login' {
            break
        }
        'onyx;auth;help;status' {
            break
        }
        'onyx;auth;help;logout' {
            break
        }
        'onyx;auth;help;help' {
            break
        }
        'onyx;profile' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials (asks first; --yes off a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;profile;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;profile;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;profile;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials (asks first; --yes off a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;profile;help;list' {
            break
        }
        'onyx;profile;help;use' {
            break
        }
        'onyx;profile;help;delete' {
            break
        }
        'onyx;profile;help;help' {
            break
        }
        'onyx;config' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one of this profile''s defaults (nothing when it is unset)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one of this profile''s defaults (agents, sets and models are checked against the server)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Forget one of this profile''s defaults')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List this profile''s settings (a table on a terminal, tab-separated in a pipe)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;config;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;config;set' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;config;unset' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;config;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one of this profile''s defaults (nothing when it is unset)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one of this profile''s defaults (agents, sets and models are checked against the server)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Forget one of this profile''s defaults')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List this profile''s settings (a table on a terminal, tab-separated in a pipe)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;config;help;get' {
            break
        }
        'onyx;config;help;set' {
            break
        }
        'onyx;config;help;unset' {
            break
        }
        'onyx;config;help;list' {
            break
        }
        'onyx;config;help;help' {
            break
        }
        'onyx;doctor' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;api' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A string field: query parameter for GET/DELETE, JSON body field otherwise (repeatable)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A string field: query parameter for GET/DELETE, JSON body field otherwise (repeatable)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'A typed field: the value is parsed as JSON (numbers, true/false, null, arrays)')
            [CompletionResult]::new('--raw-field', '--raw-field', [CompletionResultType]::ParameterName, 'A typed field: the value is parsed as JSON (numbers, true/false, null, arrays)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Read the request body from a file (''-'' for stdin)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write completions for every shell into this directory')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;man' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the TCP/TLS connection, e.g. 10s')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write onyx.1 and one page per subcommand into this directory')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;help' {
            [CompletionResult]::new('ask', 'ask', [CompletionResultType]::ParameterValue, 'Ask a question: the answer streams to stdout, then its sources with the cited passages')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Chat in the terminal: follow-ups, slash commands for agent, model and filters')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open citation N of the last answer in the browser (or print its link)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the indexed documents without generating an answer')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'List, show, rename and delete chat sessions')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'List and show agents (personas)')
            [CompletionResult]::new('model', 'model', [CompletionResultType]::ParameterValue, 'List the models answers can use; pick this profile''s default')
            [CompletionResult]::new('mcp', 'mcp', [CompletionResultType]::ParameterValue, 'Serve Onyx to coding agents over MCP (Claude Code, Cursor, Codex)')
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Upload a folder of files into a document set; re-runs send only what changed')
            [CompletionResult]::new('doc', 'doc', [CompletionResultType]::ParameterValue, 'List or delete documents sent through the ingestion API')
            [CompletionResult]::new('connector', 'connector', [CompletionResultType]::ParameterValue, 'Manage connectors: create, index, pause, resume, follow their status and delete them')
            [CompletionResult]::new('credential', 'credential', [CompletionResultType]::ParameterValue, 'Manage credentials (secrets read from a file or stdin, never from argv)')
            [CompletionResult]::new('cc-pair', 'cc-pair', [CompletionResultType]::ParameterValue, 'Manage connector-credential pairs (what actually indexes)')
            [CompletionResult]::new('docset', 'docset', [CompletionResultType]::ParameterValue, 'Manage document sets')
            [CompletionResult]::new('api-key', 'api-key', [CompletionResultType]::ParameterValue, 'Manage API keys (admin)')
            [CompletionResult]::new('pat', 'pat', [CompletionResultType]::ParameterValue, 'Manage your personal access tokens')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create what a JSON or YAML manifest describes and is missing (credentials, connectors, pairs, document sets)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, show who you are, log out')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles (one per server or identity)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Get and set this profile''s defaults: agent, document sets, model, output, colour')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check config, server, credentials, permissions, LLM and index: one line each, with the fix')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any API endpoint with the profile''s server and credentials')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions, or write them all to a directory')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write one per command to a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'onyx;help;ask' {
            break
        }
        'onyx;help;chat' {
            break
        }
        'onyx;help;open' {
            break
        }
        'onyx;help;search' {
            break
        }
        'onyx;help;session' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your chat sessions, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a session''s conversation with its citations')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete chat sessions')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a session')
            break
        }
        'onyx;help;session;list' {
            break
        }
        'onyx;help;session;show' {
            break
        }
        'onyx;help;session;delete' {
            break
        }
        'onyx;help;session;rename' {
            break
        }
        'onyx;help;agent' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the agents you can ask (only listed ones)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one agent, by id or name')
            break
        }
        'onyx;help;agent;list' {
            break
        }
        'onyx;help;agent;show' {
            break
        }
        'onyx;help;model' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the LLM providers you may use, their models, and which one answers by default')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a model this profile''s default for ask and chat (checked against the server)')
            break
        }
        'onyx;help;model;list' {
            break
        }
        'onyx;help;model;use' {
            break
        }
        'onyx;help;mcp' {
            break
        }
        'onyx;help;ingest' {
            break
        }
        'onyx;help;doc' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Documents created through the ingestion API, or the documents of one cc-pair')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a document created through the ingestion API')
            break
        }
        'onyx;help;doc;list' {
            break
        }
        'onyx;help;doc;delete' {
            break
        }
        'onyx;help;connector' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connectors')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one connector: source, schedule, credentials and config')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a connector (it indexes nothing until paired with a credential)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a connector (the fields not given are kept)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a connector with its pairs and their documents')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause indexing of every pair of the connector')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume indexing of every pair of the connector')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Index now')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Indexing status of the connector''s pairs: last run, documents, errors')
            [CompletionResult]::new('files', 'files', [CompletionResultType]::ParameterValue, 'List the files of a file connector')
            break
        }
        'onyx;help;connector;list' {
            break
        }
        'onyx;help;connector;show' {
            break
        }
        'onyx;help;connector;create' {
            break
        }
        'onyx;help;connector;update' {
            break
        }
        'onyx;help;connector;delete' {
            break
        }
        'onyx;help;connector;pause' {
            break
        }
        'onyx;help;connector;resume' {
            break
        }
        'onyx;help;connector;run' {
            break
        }
        'onyx;help;connector;status' {
            break
        }
        'onyx;help;connector;files' {
            break
        }
        'onyx;help;credential' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your credentials (the built-in credential 0 is hidden)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one credential, secret values masked')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a credential; its secret JSON is read from --file PATH or stdin (--file -)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential')
            break
        }
        'onyx;help;credential;list' {
            break
        }
        'onyx;help;credential;show' {
            break
        }
        'onyx;help;credential;create' {
            break
        }
        'onyx;help;credential;delete' {
            break
        }
        'onyx;help;cc-pair' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List connector-credential pairs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one pair: status, documents, last run')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Pair a connector with a credential; indexing starts at once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a pair and its documents')
            break
        }
        'onyx;help;cc-pair;list' {
            break
        }
        'onyx;help;cc-pair;show' {
            break
        }
        'onyx;help;cc-pair;create' {
            break
        }
        'onyx;help;cc-pair;delete' {
            break
        }
        'onyx;help;docset' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List document sets')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a document set, its pairs and whether it is synced')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a document set')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename or describe a document set (waits for a running sync first)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add pairs to a document set (waits for a running sync first)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove pairs from a document set (waits for a running sync first)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a document set (waits for a running sync first)')
            break
        }
        'onyx;help;docset;list' {
            break
        }
        'onyx;help;docset;show' {
            break
        }
        'onyx;help;docset;create' {
            break
        }
        'onyx;help;docset;update' {
            break
        }
        'onyx;help;docset;add' {
            break
        }
        'onyx;help;docset;remove' {
            break
        }
        'onyx;help;docset;delete' {
            break
        }
        'onyx;help;api-key' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API keys (their secrets are never shown again)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key and print its secret once')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a key or change its role or groups (what is not given is kept)')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Issue a new secret for a key; the old one stops working')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key')
            break
        }
        'onyx;help;api-key;list' {
            break
        }
        'onyx;help;api-key;create' {
            break
        }
        'onyx;help;api-key;update' {
            break
        }
        'onyx;help;api-key;regenerate' {
            break
        }
        'onyx;help;api-key;delete' {
            break
        }
        'onyx;help;pat' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your tokens (their secrets are never shown again)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token and print its secret once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a token')
            break
        }
        'onyx;help;pat;list' {
            break
        }
        'onyx;help;pat;create' {
            break
        }
        'onyx;help;pat;delete' {
            break
        }
        'onyx;help;apply' {
            break
        }
        'onyx;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store credentials for a server in the current profile')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the server, API base, identity and server version')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored credentials of the current profile')
            break
        }
        'onyx;help;auth;login' {
            break
        }
        'onyx;help;auth;status' {
            break
        }
        'onyx;help;auth;logout' {
            break
        }
        'onyx;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials (asks first; --yes off a terminal)')
            break
        }
        'onyx;help;profile;list' {
            break
        }
        'onyx;help;profile;use' {
            break
        }
        'onyx;help;profile;delete' {
            break
        }
        'onyx;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one of this profile''s defaults (nothing when it is unset)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one of this profile''s defaults (agents, sets and models are checked against the server)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Forget one of this profile''s defaults')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List this profile''s settings (a table on a terminal, tab-separated in a pipe)')
            break
        }
        'onyx;help;config;get' {
            break
        }
        'onyx;help;config;set' {
            break
        }
        'onyx;help;config;unset' {
            break
        }
        'onyx;help;config;list' {
            break
        }
        'onyx;help;doctor' {
            break
        }
        'onyx;help;api' {
            break
        }
        'onyx;help;completions' {
            break
        }
        'onyx;help;man' {
            break
        }
        'onyx;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
