
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
        &'onyx;help;completions'= {
        }
        &'onyx;help;man'= {
        }
        &'onyx;help;help'= {
        }
    ]
    $completions[$command]
}
