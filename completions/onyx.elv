
use builtin;
use str;

set edit:completion:arg-completer[onyx] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'onyx'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'onyx'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ask 'Ask a question: the answer streams to stdout, then its sources with the cited passages'
            cand chat 'Chat in the terminal: follow-ups, slash commands for agent, model and filters'
            cand search 'Search the indexed documents without generating an answer'
            cand session 'List, show, rename and delete chat sessions'
            cand agent 'List and show agents (personas)'
            cand model 'List the models answers can use; pick this profile''s default'
            cand mcp 'Serve Onyx to coding agents over MCP (Claude Code, Cursor, Codex)'
            cand ingest 'Upload a folder of files into a document set; re-runs send only what changed'
            cand doc 'List or delete documents sent through the ingestion API'
            cand connector 'Manage connectors: create, index, pause, resume, follow their status and delete them'
            cand credential 'Manage credentials (secrets read from a file or stdin, never from argv)'
            cand cc-pair 'Manage connector-credential pairs (what actually indexes)'
            cand docset 'Manage document sets'
            cand api-key 'Manage API keys (admin)'
            cand pat 'Manage your personal access tokens'
            cand apply 'Create what a JSON or YAML manifest describes and is missing (credentials, connectors, pairs, document sets)'
            cand auth 'Log in, show who you are, log out'
            cand profile 'Manage profiles (one per server or identity)'
            cand config 'Get and set this profile''s defaults: agent, document sets, model, output, colour'
            cand api 'Call any API endpoint with the profile''s server and credentials'
            cand completions 'Print shell completions, or write them all to a directory'
            cand man 'Print the man page, or write one per command to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;ask'= {
            cand --prompt 'The question, as an option (instead of the positional words)'
            cand --agent 'Agent (persona) to ask, by id or name (default: the profile''s default agent, else 0)'
            cand --session 'Continue this chat session'
            cand --docset 'Search only this document set (repeatable; default: the profile''s, see ''onyx config'')'
            cand --source 'Search only this source type, e.g. confluence, web, file (repeatable)'
            cand --since 'Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)'
            cand --model 'Answer with this model: its name, display name or provider/model (see ''onyx model list'')'
            cand --temperature 'Sampling temperature of the answer, 0 to 2'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -c 'Continue the last chat session of this profile'
            cand --continue 'Continue the last chat session of this profile'
            cand --deep-research 'Run Onyx''s deep-research loop (slower, more thorough)'
            cand --reasoning 'Show the model''s reasoning on stderr as it arrives'
            cand --no-stream 'Wait for the whole answer instead of streaming it'
            cand --no-passages 'Do not fetch or show the cited passages: the sources are listed by title and link only'
            cand --raw-markers 'Keep the server''s [[n]](url) citation links in the text'
            cand --jsonl 'Print one JSON event per line as it arrives (unknown packets passed through)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;chat'= {
            cand --session 'Resume this chat session'
            cand --agent 'Agent (persona) to ask, by id or name (default: the profile''s default agent, else 0)'
            cand --model 'Answer with this model: its name, display name or provider/model (see ''onyx model list'')'
            cand --temperature 'Sampling temperature of the answers, 0 to 2'
            cand --docset 'Search only this document set (repeatable; default: the profile''s, see ''onyx config'')'
            cand --source 'Search only this source type, e.g. confluence, web, file (repeatable)'
            cand --since 'Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -c 'Resume the last chat session of this profile'
            cand --continue 'Resume the last chat session of this profile'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;search'= {
            cand --docset 'Search only this document set (repeatable; default: the profile''s, see ''onyx config'')'
            cand --source 'Search only this source type, e.g. confluence, web, file (repeatable)'
            cand --since 'Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)'
            cand --limit 'Show at most N results'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;session'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List your chat sessions, newest first'
            cand show 'Show a session''s conversation with its citations'
            cand delete 'Delete chat sessions'
            cand rename 'Rename a session'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;session;list'= {
            cand --limit 'How many sessions to list at most'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;session;show'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;session;delete'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --all 'Delete all of your chat sessions'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;session;rename'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;session;help'= {
            cand list 'List your chat sessions, newest first'
            cand show 'Show a session''s conversation with its citations'
            cand delete 'Delete chat sessions'
            cand rename 'Rename a session'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;session;help;list'= {
        }
        &'onyx;session;help;show'= {
        }
        &'onyx;session;help;delete'= {
        }
        &'onyx;session;help;rename'= {
        }
        &'onyx;session;help;help'= {
        }
        &'onyx;agent'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the agents you can ask (only listed ones)'
            cand show 'Show one agent, by id or name'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;agent;list'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;agent;show'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;agent;help'= {
            cand list 'List the agents you can ask (only listed ones)'
            cand show 'Show one agent, by id or name'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;agent;help;list'= {
        }
        &'onyx;agent;help;show'= {
        }
        &'onyx;agent;help;help'= {
        }
        &'onyx;model'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the LLM providers you may use, their models, and which one answers by default'
            cand use 'Make a model this profile''s default for ask and chat (checked against the server)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;model;list'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;model;use'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --clear 'Forget the profile''s default: the server''s default answers again'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;model;help'= {
            cand list 'List the LLM providers you may use, their models, and which one answers by default'
            cand use 'Make a model this profile''s default for ask and chat (checked against the server)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;model;help;list'= {
        }
        &'onyx;model;help;use'= {
        }
        &'onyx;model;help;help'= {
        }
        &'onyx;mcp'= {
            cand --http 'Serve the streamable HTTP transport at http://ADDR/mcp instead of stdio; loopback only, e.g. 127.0.0.1:8765'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;ingest'= {
            cand --docset 'Document set to put the files in (created when missing)'
            cand --docs 'Send already-extracted documents through the ingestion API instead: one JSON object a line (id, title, link, text or sections, metadata); ''-'' for stdin. Same id = update'
            cand --cc-pair 'With --docs: the cc-pair the documents belong to [default: the server''s ingestion API pair]'
            cand --connector 'File connector to upload to (found or created by name) [default: ingest-<docset>]'
            cand --access 'Who may search the files when the connector is created'
            cand --include 'Only files whose path (relative to PATH) matches this glob, e.g. ''*.pdf'' (repeatable)'
            cand --exclude 'Leave out files and directories matching this glob, e.g. ''drafts/**'' (repeatable)'
            cand --batch-size 'Most files per upload request'
            cand --batch-bytes 'Most bytes per upload request (a larger file goes alone), e.g. 64MiB or 1GB; a bare number is bytes'
            cand --upload-retries 'Retries of a batch on connection errors, timeouts, 429 and 502/503/504'
            cand --upload-timeout 'How long to wait for the answer to one upload request, e.g. 10m; a bare number is seconds'
            cand --wait-timeout 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds'
            cand --interval 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --hidden 'Include hidden files and directories (names starting with ''.'')'
            cand --prune 'Remove from the connector the files that no longer exist locally'
            cand --dry-run 'Show what would be uploaded, replaced and removed; send nothing but reads'
            cand --wait 'Wait until the server has finished (indexing, syncing or deleting)'
            cand --wait-lock 'If another run holds this connector''s lock, wait for it instead of failing'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;doc'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Documents created through the ingestion API, or the documents of one cc-pair'
            cand delete 'Delete a document created through the ingestion API'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;doc;list'= {
            cand --cc-pair 'List the documents of this connector-credential pair instead'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;doc;delete'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -y 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required when stdin is not a terminal)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;doc;help'= {
            cand list 'Documents created through the ingestion API, or the documents of one cc-pair'
            cand delete 'Delete a document created through the ingestion API'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;doc;help;list'= {
        }
        &'onyx;doc;help;delete'= {
        }
        &'onyx;doc;help;help'= {
        }
        &'onyx;connector'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List connectors'
            cand show 'Show one connector: source, schedule, credentials and config'
            cand create 'Create a connector (it indexes nothing until paired with a credential)'
            cand update 'Change a connector (the fields not given are kept)'
            cand delete 'Delete a connector with its pairs and their documents'
            cand pause 'Pause indexing of every pair of the connector'
            cand resume 'Resume indexing of every pair of the connector'
            cand run 'Index now'
            cand status 'Indexing status of the connector''s pairs: last run, documents, errors'
            cand files 'List the files of a file connector'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;connector;list'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;connector;show'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;connector;create'= {
            cand --source 'Document source: file, web, confluence, … (Onyx''s DocumentSource values)'
            cand --name 'Name of the connector (unique)'
            cand --input-type 'How the connector reads its source'
            cand --config 'A connector_specific_config field; VALUE is parsed as JSON when it can be, else taken as a string (repeatable)'
            cand --config-file 'connector_specific_config from a JSON file (''-'' for stdin); --config fields are applied on top'
            cand --refresh-freq 'Time between re-indexing runs, e.g. 1h or 1d; a bare number is seconds'
            cand --prune-freq 'Time between pruning runs, e.g. 1d; a bare number is seconds'
            cand --access 'Who may see the documents'
            cand --upload 'File connector: upload this file and index it (repeatable); sets file_locations and file_names'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --if-not-exists 'Print the existing connector and succeed when one has this name'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;connector;update'= {
            cand --name 'New name'
            cand --config 'A connector_specific_config field; VALUE is parsed as JSON when it can be, else taken as a string (repeatable)'
            cand --config-file 'connector_specific_config from a JSON file (''-'' for stdin); --config fields are applied on top'
            cand --refresh-freq 'Time between re-indexing runs, e.g. 1h or 1d; a bare number is seconds'
            cand --prune-freq 'Time between pruning runs, e.g. 1d; a bare number is seconds'
            cand --access 'Who may see the documents'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;connector;delete'= {
            cand --wait-timeout 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds'
            cand --interval 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --if-exists 'Succeed when there is nothing by that id or name'
            cand --wait 'Wait until the server has finished (indexing, syncing or deleting)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;connector;pause'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;connector;resume'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;connector;run'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --from-beginning 'Re-index everything instead of only what changed'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;connector;status'= {
            cand --wait-timeout 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds'
            cand --interval 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --wait 'Wait until the server has finished (indexing, syncing or deleting)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;connector;files'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;connector;help'= {
            cand list 'List connectors'
            cand show 'Show one connector: source, schedule, credentials and config'
            cand create 'Create a connector (it indexes nothing until paired with a credential)'
            cand update 'Change a connector (the fields not given are kept)'
            cand delete 'Delete a connector with its pairs and their documents'
            cand pause 'Pause indexing of every pair of the connector'
            cand resume 'Resume indexing of every pair of the connector'
            cand run 'Index now'
            cand status 'Indexing status of the connector''s pairs: last run, documents, errors'
            cand files 'List the files of a file connector'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;connector;help;list'= {
        }
        &'onyx;connector;help;show'= {
        }
        &'onyx;connector;help;create'= {
        }
        &'onyx;connector;help;update'= {
        }
        &'onyx;connector;help;delete'= {
        }
        &'onyx;connector;help;pause'= {
        }
        &'onyx;connector;help;resume'= {
        }
        &'onyx;connector;help;run'= {
        }
        &'onyx;connector;help;status'= {
        }
        &'onyx;connector;help;files'= {
        }
        &'onyx;connector;help;help'= {
        }
        &'onyx;credential'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List your credentials (the built-in credential 0 is hidden)'
            cand show 'Show one credential, secret values masked'
            cand create 'Create a credential; its secret JSON is read from --file PATH or stdin (--file -)'
            cand delete 'Delete a credential'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;credential;list'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;credential;show'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;credential;create'= {
            cand --source 'Document source the credential is for: file, confluence, …'
            cand --name 'Name of the credential (unique)'
            cand --file 'JSON file with the credential_json object (''-'' for stdin); omitted means {} (file connectors)'
            cand --credential-json 'Refused: secrets on the command line end up in shell history and `ps`'
            cand --secret 'Refused: secrets on the command line end up in shell history and `ps`'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --private 'Only for me, not every admin'
            cand --if-not-exists 'Print the existing credential and succeed when one has this name'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;credential;delete'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --if-exists 'Succeed when there is nothing by that id or name'
            cand --force 'Also detach it from the connectors that use it'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;credential;help'= {
            cand list 'List your credentials (the built-in credential 0 is hidden)'
            cand show 'Show one credential, secret values masked'
            cand create 'Create a credential; its secret JSON is read from --file PATH or stdin (--file -)'
            cand delete 'Delete a credential'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;credential;help;list'= {
        }
        &'onyx;credential;help;show'= {
        }
        &'onyx;credential;help;create'= {
        }
        &'onyx;credential;help;delete'= {
        }
        &'onyx;credential;help;help'= {
        }
        &'onyx;cc-pair'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List connector-credential pairs'
            cand show 'Show one pair: status, documents, last run'
            cand create 'Pair a connector with a credential; indexing starts at once'
            cand delete 'Delete a pair and its documents'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;cc-pair;list'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;cc-pair;show'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;cc-pair;create'= {
            cand --connector 'The connector, by id or name'
            cand --credential 'The credential, by id or name'
            cand --name 'Name of the pair (unique); defaults to the connector''s name'
            cand --access 'Who may see the documents the pair indexes'
            cand --group 'User-group id (repeatable; effective in Enterprise Edition)'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --if-not-exists 'Print the existing pair and succeed when it exists'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;cc-pair;delete'= {
            cand --wait-timeout 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds'
            cand --interval 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --if-exists 'Succeed when there is nothing by that id or name'
            cand --wait 'Wait until the server has finished (indexing, syncing or deleting)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;cc-pair;help'= {
            cand list 'List connector-credential pairs'
            cand show 'Show one pair: status, documents, last run'
            cand create 'Pair a connector with a credential; indexing starts at once'
            cand delete 'Delete a pair and its documents'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;cc-pair;help;list'= {
        }
        &'onyx;cc-pair;help;show'= {
        }
        &'onyx;cc-pair;help;create'= {
        }
        &'onyx;cc-pair;help;delete'= {
        }
        &'onyx;cc-pair;help;help'= {
        }
        &'onyx;docset'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List document sets'
            cand show 'Show a document set, its pairs and whether it is synced'
            cand create 'Create a document set'
            cand update 'Rename or describe a document set (waits for a running sync first)'
            cand add 'Add pairs to a document set (waits for a running sync first)'
            cand remove 'Remove pairs from a document set (waits for a running sync first)'
            cand delete 'Delete a document set (waits for a running sync first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;docset;list'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;docset;show'= {
            cand --wait-timeout 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds'
            cand --interval 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --wait 'Wait until the server has finished (indexing, syncing or deleting)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;docset;create'= {
            cand --name 'Name of the set (unique)'
            cand --description 'What the set holds, for people choosing it'
            cand --connector 'Every pair of this connector (id or name; repeatable)'
            cand --cc-pair 'This pair (id or name; repeatable)'
            cand --wait-timeout 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds'
            cand --interval 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --private 'Visible only to the given groups (Enterprise Edition)'
            cand --if-not-exists 'Print the existing set and succeed when one has this name'
            cand --wait 'Wait until the server has finished (indexing, syncing or deleting)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;docset;update'= {
            cand --name 'New name'
            cand --description 'New description'
            cand --wait-timeout 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds'
            cand --interval 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --wait 'Wait until the server has finished (indexing, syncing or deleting)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;docset;add'= {
            cand --connector 'Every pair of this connector (id or name; repeatable)'
            cand --cc-pair 'This pair (id or name; repeatable)'
            cand --wait-timeout 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds'
            cand --interval 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --wait 'Wait until the server has finished (indexing, syncing or deleting)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;docset;remove'= {
            cand --connector 'Every pair of this connector (id or name; repeatable)'
            cand --cc-pair 'This pair (id or name; repeatable)'
            cand --wait-timeout 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds'
            cand --interval 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --wait 'Wait until the server has finished (indexing, syncing or deleting)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;docset;delete'= {
            cand --wait-timeout 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds'
            cand --interval 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --if-exists 'Succeed when there is nothing by that id or name'
            cand --wait 'Wait until the server has finished (indexing, syncing or deleting)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;docset;help'= {
            cand list 'List document sets'
            cand show 'Show a document set, its pairs and whether it is synced'
            cand create 'Create a document set'
            cand update 'Rename or describe a document set (waits for a running sync first)'
            cand add 'Add pairs to a document set (waits for a running sync first)'
            cand remove 'Remove pairs from a document set (waits for a running sync first)'
            cand delete 'Delete a document set (waits for a running sync first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;docset;help;list'= {
        }
        &'onyx;docset;help;show'= {
        }
        &'onyx;docset;help;create'= {
        }
        &'onyx;docset;help;update'= {
        }
        &'onyx;docset;help;add'= {
        }
        &'onyx;docset;help;remove'= {
        }
        &'onyx;docset;help;delete'= {
        }
        &'onyx;docset;help;help'= {
        }
        &'onyx;api-key'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List API keys (their secrets are never shown again)'
            cand create 'Create an API key and print its secret once'
            cand update 'Rename a key or change its role or groups (what is not given is kept)'
            cand regenerate 'Issue a new secret for a key; the old one stops working'
            cand delete 'Delete an API key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;api-key;list'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;api-key;create'= {
            cand --name 'Name of the key (unique)'
            cand --role 'What the key may do, on a server with roles [default: basic]'
            cand --group 'A group to put the key in, by name or id, on a server with group-based permissions (repeatable)'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -q 'Print only the secret, alone on its line: KEY=$(onyx api-key create … --quiet)'
            cand --quiet 'Print only the secret, alone on its line: KEY=$(onyx api-key create … --quiet)'
            cand --if-not-exists 'Succeed when a key has this name (its secret is not shown again)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;api-key;update'= {
            cand --name 'New name'
            cand --role 'New role (servers with roles; on group servers admin|basic mean the default groups)'
            cand --group 'The key''s groups from now on, by name or id (repeatable; servers with group-based permissions)'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;api-key;regenerate'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only the secret, alone on its line'
            cand --quiet 'Print only the secret, alone on its line'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;api-key;delete'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --if-exists 'Succeed when there is nothing by that id or name'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;api-key;help'= {
            cand list 'List API keys (their secrets are never shown again)'
            cand create 'Create an API key and print its secret once'
            cand update 'Rename a key or change its role or groups (what is not given is kept)'
            cand regenerate 'Issue a new secret for a key; the old one stops working'
            cand delete 'Delete an API key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;api-key;help;list'= {
        }
        &'onyx;api-key;help;create'= {
        }
        &'onyx;api-key;help;update'= {
        }
        &'onyx;api-key;help;regenerate'= {
        }
        &'onyx;api-key;help;delete'= {
        }
        &'onyx;api-key;help;help'= {
        }
        &'onyx;pat'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List your tokens (their secrets are never shown again)'
            cand create 'Create a token and print its secret once'
            cand delete 'Delete a token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;pat;list'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;pat;create'= {
            cand --name 'Name of the token (unique)'
            cand --expires-days 'Days until it expires (never, when omitted)'
            cand --scope 'Limit the token to a scope: read:search, read:chat, write:chat (repeatable)'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -q 'Print only the secret, alone on its line'
            cand --quiet 'Print only the secret, alone on its line'
            cand --if-not-exists 'Succeed when a token has this name (its secret is not shown again)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;pat;delete'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --if-exists 'Succeed when there is nothing by that id or name'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;pat;help'= {
            cand list 'List your tokens (their secrets are never shown again)'
            cand create 'Create a token and print its secret once'
            cand delete 'Delete a token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;pat;help;list'= {
        }
        &'onyx;pat;help;create'= {
        }
        &'onyx;pat;help;delete'= {
        }
        &'onyx;pat;help;help'= {
        }
        &'onyx;apply'= {
            cand -f 'The manifest (JSON, or YAML for .yaml/.yml); file paths in it are relative to it'
            cand --file 'The manifest (JSON, or YAML for .yaml/.yml); file paths in it are relative to it'
            cand --wait-timeout 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds'
            cand --interval 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --dry-run 'Say what would change, change nothing'
            cand --prune 'Also delete resources named with the manifest''s "prefix" that it no longer lists'
            cand -y 'Do not ask before --prune deletes (required when stdin is not a terminal)'
            cand --yes 'Do not ask before --prune deletes (required when stdin is not a terminal)'
            cand --wait 'Wait until the server has finished (indexing, syncing or deleting)'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;auth'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Store credentials for a server in the current profile'
            cand status 'Show the server, API base, identity and server version'
            cand logout 'Remove the stored credentials of the current profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;auth;login'= {
            cand --api-key 'The API key or personal access token: ''-'' reads it from stdin (never give it on the command line); prompted (hidden) when omitted on a terminal'
            cand --email 'Sign in with e-mail and password instead (password read from a hidden prompt or stdin)'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --no-verify 'Store the credentials without checking them against the server'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;auth;status'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;auth;logout'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;auth;help'= {
            cand login 'Store credentials for a server in the current profile'
            cand status 'Show the server, API base, identity and server version'
            cand logout 'Remove the stored credentials of the current profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;auth;help;login'= {
        }
        &'onyx;auth;help;status'= {
        }
        &'onyx;auth;help;logout'= {
        }
        &'onyx;auth;help;help'= {
        }
        &'onyx;profile'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List profiles'
            cand use 'Make a profile the default'
            cand delete 'Delete a profile and its stored credentials (asks first; --yes off a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;profile;list'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;profile;use'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;profile;delete'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;profile;help'= {
            cand list 'List profiles'
            cand use 'Make a profile the default'
            cand delete 'Delete a profile and its stored credentials (asks first; --yes off a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;profile;help;list'= {
        }
        &'onyx;profile;help;use'= {
        }
        &'onyx;profile;help;delete'= {
        }
        &'onyx;profile;help;help'= {
        }
        &'onyx;config'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print one of this profile''s defaults (nothing when it is unset)'
            cand set 'Set one of this profile''s defaults (agents, sets and models are checked against the server)'
            cand unset 'Forget one of this profile''s defaults'
            cand list 'List this profile''s settings (a table on a terminal, tab-separated in a pipe)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;config;get'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;config;set'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;config;unset'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;config;list'= {
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;config;help'= {
            cand get 'Print one of this profile''s defaults (nothing when it is unset)'
            cand set 'Set one of this profile''s defaults (agents, sets and models are checked against the server)'
            cand unset 'Forget one of this profile''s defaults'
            cand list 'List this profile''s settings (a table on a terminal, tab-separated in a pipe)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;config;help;get'= {
        }
        &'onyx;config;help;set'= {
        }
        &'onyx;config;help;unset'= {
        }
        &'onyx;config;help;list'= {
        }
        &'onyx;config;help;help'= {
        }
        &'onyx;api'= {
            cand -f 'A string field: query parameter for GET/DELETE, JSON body field otherwise (repeatable)'
            cand --field 'A string field: query parameter for GET/DELETE, JSON body field otherwise (repeatable)'
            cand -F 'A typed field: the value is parsed as JSON (numbers, true/false, null, arrays)'
            cand --raw-field 'A typed field: the value is parsed as JSON (numbers, true/false, null, arrays)'
            cand --input 'Read the request body from a file (''-'' for stdin)'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;completions'= {
            cand --dir 'Write completions for every shell into this directory'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;man'= {
            cand --dir 'Write onyx.1 and one page per subcommand into this directory'
            cand --profile 'Profile to use (several servers or identities); see ''onyx profile list'''
            cand --server 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080'
            cand --api-prefix 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)'
            cand --jq 'Filter the JSON result with a jq expression (implies --json)'
            cand -H 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --header 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)'
            cand --session-cookie 'Web session cookie value (fastapiusersauth) instead of an API key'
            cand --proxy-auth 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)'
            cand --proxy-auth-header 'Header the proxy reads its credentials from'
            cand --timeout 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m'
            cand --connect-timeout 'How long to wait for the TCP/TLS connection, e.g. 10s'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --color 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile''s ''color'', else auto]'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;help'= {
            cand ask 'Ask a question: the answer streams to stdout, then its sources with the cited passages'
            cand chat 'Chat in the terminal: follow-ups, slash commands for agent, model and filters'
            cand search 'Search the indexed documents without generating an answer'
            cand session 'List, show, rename and delete chat sessions'
            cand agent 'List and show agents (personas)'
            cand model 'List the models answers can use; pick this profile''s default'
            cand mcp 'Serve Onyx to coding agents over MCP (Claude Code, Cursor, Codex)'
            cand ingest 'Upload a folder of files into a document set; re-runs send only what changed'
            cand doc 'List or delete documents sent through the ingestion API'
            cand connector 'Manage connectors: create, index, pause, resume, follow their status and delete them'
            cand credential 'Manage credentials (secrets read from a file or stdin, never from argv)'
            cand cc-pair 'Manage connector-credential pairs (what actually indexes)'
            cand docset 'Manage document sets'
            cand api-key 'Manage API keys (admin)'
            cand pat 'Manage your personal access tokens'
            cand apply 'Create what a JSON or YAML manifest describes and is missing (credentials, connectors, pairs, document sets)'
            cand auth 'Log in, show who you are, log out'
            cand profile 'Manage profiles (one per server or identity)'
            cand config 'Get and set this profile''s defaults: agent, document sets, model, output, colour'
            cand api 'Call any API endpoint with the profile''s server and credentials'
            cand completions 'Print shell completions, or write them all to a directory'
            cand man 'Print the man page, or write one per command to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'onyx;help;ask'= {
        }
        &'onyx;help;chat'= {
        }
        &'onyx;help;search'= {
        }
        &'onyx;help;session'= {
            cand list 'List your chat sessions, newest first'
            cand show 'Show a session''s conversation with its citations'
            cand delete 'Delete chat sessions'
            cand rename 'Rename a session'
        }
        &'onyx;help;session;list'= {
        }
        &'onyx;help;session;show'= {
        }
        &'onyx;help;session;delete'= {
        }
        &'onyx;help;session;rename'= {
        }
        &'onyx;help;agent'= {
            cand list 'List the agents you can ask (only listed ones)'
            cand show 'Show one agent, by id or name'
        }
        &'onyx;help;agent;list'= {
        }
        &'onyx;help;agent;show'= {
        }
        &'onyx;help;model'= {
            cand list 'List the LLM providers you may use, their models, and which one answers by default'
            cand use 'Make a model this profile''s default for ask and chat (checked against the server)'
        }
        &'onyx;help;model;list'= {
        }
        &'onyx;help;model;use'= {
        }
        &'onyx;help;mcp'= {
        }
        &'onyx;help;ingest'= {
        }
        &'onyx;help;doc'= {
            cand list 'Documents created through the ingestion API, or the documents of one cc-pair'
            cand delete 'Delete a document created through the ingestion API'
        }
        &'onyx;help;doc;list'= {
        }
        &'onyx;help;doc;delete'= {
        }
        &'onyx;help;connector'= {
            cand list 'List connectors'
            cand show 'Show one connector: source, schedule, credentials and config'
            cand create 'Create a connector (it indexes nothing until paired with a credential)'
            cand update 'Change a connector (the fields not given are kept)'
            cand delete 'Delete a connector with its pairs and their documents'
            cand pause 'Pause indexing of every pair of the connector'
            cand resume 'Resume indexing of every pair of the connector'
            cand run 'Index now'
            cand status 'Indexing status of the connector''s pairs: last run, documents, errors'
            cand files 'List the files of a file connector'
        }
        &'onyx;help;connector;list'= {
        }
        &'onyx;help;connector;show'= {
        }
        &'onyx;help;connector;create'= {
        }
        &'onyx;help;connector;update'= {
        }
        &'onyx;help;connector;delete'= {
        }
        &'onyx;help;connector;pause'= {
        }
        &'onyx;help;connector;resume'= {
        }
        &'onyx;help;connector;run'= {
        }
        &'onyx;help;connector;status'= {
        }
        &'onyx;help;connector;files'= {
        }
        &'onyx;help;credential'= {
            cand list 'List your credentials (the built-in credential 0 is hidden)'
            cand show 'Show one credential, secret values masked'
            cand create 'Create a credential; its secret JSON is read from --file PATH or stdin (--file -)'
            cand delete 'Delete a credential'
        }
        &'onyx;help;credential;list'= {
        }
        &'onyx;help;credential;show'= {
        }
        &'onyx;help;credential;create'= {
        }
        &'onyx;help;credential;delete'= {
        }
        &'onyx;help;cc-pair'= {
            cand list 'List connector-credential pairs'
            cand show 'Show one pair: status, documents, last run'
            cand create 'Pair a connector with a credential; indexing starts at once'
            cand delete 'Delete a pair and its documents'
        }
        &'onyx;help;cc-pair;list'= {
        }
        &'onyx;help;cc-pair;show'= {
        }
        &'onyx;help;cc-pair;create'= {
        }
        &'onyx;help;cc-pair;delete'= {
        }
        &'onyx;help;docset'= {
            cand list 'List document sets'
            cand show 'Show a document set, its pairs and whether it is synced'
            cand create 'Create a document set'
            cand update 'Rename or describe a document set (waits for a running sync first)'
            cand add 'Add pairs to a document set (waits for a running sync first)'
            cand remove 'Remove pairs from a document set (waits for a running sync first)'
            cand delete 'Delete a document set (waits for a running sync first)'
        }
        &'onyx;help;docset;list'= {
        }
        &'onyx;help;docset;show'= {
        }
        &'onyx;help;docset;create'= {
        }
        &'onyx;help;docset;update'= {
        }
        &'onyx;help;docset;add'= {
        }
        &'onyx;help;docset;remove'= {
        }
        &'onyx;help;docset;delete'= {
        }
        &'onyx;help;api-key'= {
            cand list 'List API keys (their secrets are never shown again)'
            cand create 'Create an API key and print its secret once'
            cand update 'Rename a key or change its role or groups (what is not given is kept)'
            cand regenerate 'Issue a new secret for a key; the old one stops working'
            cand delete 'Delete an API key'
        }
        &'onyx;help;api-key;list'= {
        }
        &'onyx;help;api-key;create'= {
        }
        &'onyx;help;api-key;update'= {
        }
        &'onyx;help;api-key;regenerate'= {
        }
        &'onyx;help;api-key;delete'= {
        }
        &'onyx;help;pat'= {
            cand list 'List your tokens (their secrets are never shown again)'
            cand create 'Create a token and print its secret once'
            cand delete 'Delete a token'
        }
        &'onyx;help;pat;list'= {
        }
        &'onyx;help;pat;create'= {
        }
        &'onyx;help;pat;delete'= {
        }
        &'onyx;help;apply'= {
        }
        &'onyx;help;auth'= {
            cand login 'Store credentials for a server in the current profile'
            cand status 'Show the server, API base, identity and server version'
            cand logout 'Remove the stored credentials of the current profile'
        }
        &'onyx;help;auth;login'= {
        }
        &'onyx;help;auth;status'= {
        }
        &'onyx;help;auth;logout'= {
        }
        &'onyx;help;profile'= {
            cand list 'List profiles'
            cand use 'Make a profile the default'
            cand delete 'Delete a profile and its stored credentials (asks first; --yes off a terminal)'
        }
        &'onyx;help;profile;list'= {
        }
        &'onyx;help;profile;use'= {
        }
        &'onyx;help;profile;delete'= {
        }
        &'onyx;help;config'= {
            cand get 'Print one of this profile''s defaults (nothing when it is unset)'
            cand set 'Set one of this profile''s defaults (agents, sets and models are checked against the server)'
            cand unset 'Forget one of this profile''s defaults'
            cand list 'List this profile''s settings (a table on a terminal, tab-separated in a pipe)'
        }
        &'onyx;help;config;get'= {
        }
        &'onyx;help;config;set'= {
        }
        &'onyx;help;config;unset'= {
        }
        &'onyx;help;config;list'= {
        }
        &'onyx;help;api'= {
        }
        &'onyx;help;completions'= {
        }
        &'onyx;help;man'= {
        }
        &'onyx;help;help'= {
        }
    ]
    $completions[$command]
}
