
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'Log in, show who you are, log out'
            cand profile 'Manage profiles (one per server or identity)'
            cand api 'Call any API endpoint with the profile''s server and credentials'
            cand ask 'Ask a question: the answer streams to stdout, then its sources with the cited passages'
            cand session 'List, show, rename and delete chat sessions'
            cand agent 'List and show agents (personas)'
            cand search 'Search the indexed documents without generating an answer'
            cand completions 'Print shell completions, or write them all to a directory'
            cand man 'Print the man page, or write one per command to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --api-key 'Read the API key or personal access token: ''-'' for stdin; prompted (hidden) when omitted on a terminal'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List profiles'
            cand use 'Make a profile the default'
            cand delete 'Delete a profile and its stored credentials'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand delete 'Delete a profile and its stored credentials'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;ask'= {
            cand --prompt 'The question, as an option (instead of the positional words)'
            cand --agent 'Agent (persona) to ask, by id or name (default: the profile''s default agent, else 0)'
            cand --session 'Continue this chat session'
            cand --docset 'Search only this document set (repeatable)'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand -c 'Continue the last chat session of this profile'
            cand --continue 'Continue the last chat session of this profile'
            cand --deep-research 'Run Onyx''s deep-research loop (slower, more thorough)'
            cand --reasoning 'Show the model''s reasoning on stderr as it arrives'
            cand --no-stream 'Wait for the whole answer instead of streaming it'
            cand --no-passages 'Do not fetch the exact cited passages (the search blurb is shown instead)'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
        &'onyx;search'= {
            cand --docset 'Search only this document set (repeatable)'
            cand --source 'Search only this source type (repeatable)'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
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
            cand --timeout 'Seconds to wait for the server to connect, answer, or send more of a stream'
            cand --connect-timeout 'Seconds to wait for the TCP/TLS connection'
            cand --retries 'Retries of idempotent requests on 429/502/503/504 and connection failures'
            cand --json 'Print the result as JSON (the server''s objects) instead of a table'
            cand -v 'Log each request with its status and timing to stderr (secrets masked)'
            cand --verbose 'Log each request with its status and timing to stderr (secrets masked)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'onyx;help'= {
            cand auth 'Log in, show who you are, log out'
            cand profile 'Manage profiles (one per server or identity)'
            cand api 'Call any API endpoint with the profile''s server and credentials'
            cand ask 'Ask a question: the answer streams to stdout, then its sources with the cited passages'
            cand session 'List, show, rename and delete chat sessions'
            cand agent 'List and show agents (personas)'
            cand search 'Search the indexed documents without generating an answer'
            cand completions 'Print shell completions, or write them all to a directory'
            cand man 'Print the man page, or write one per command to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
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
            cand delete 'Delete a profile and its stored credentials'
        }
        &'onyx;help;profile;list'= {
        }
        &'onyx;help;profile;use'= {
        }
        &'onyx;help;profile;delete'= {
        }
        &'onyx;help;api'= {
        }
        &'onyx;help;ask'= {
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
        &'onyx;help;search'= {
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
