
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, show who you are, log out')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles (one per server or identity)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any API endpoint with the profile''s server and credentials')
            [CompletionResult]::new('ask', 'ask', [CompletionResultType]::ParameterValue, 'Ask a question: the answer streams to stdout, then its sources with the cited passages')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'List, show, rename and delete chat sessions')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'List and show agents (personas)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the indexed documents without generating an answer')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions, or write them all to a directory')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write one per command to a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'Read the API key or personal access token: ''-'' for stdin; prompted (hidden) when omitted on a terminal')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Sign in with e-mail and password instead (password read from a hidden prompt or stdin)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Store the credentials without checking them against the server')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
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
        'onyx;api' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A string field: query parameter for GET/DELETE, JSON body field otherwise (repeatable)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A string field: query parameter for GET/DELETE, JSON body field otherwise (repeatable)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'A typed field: the value is parsed as JSON (numbers, true/false, null, arrays)')
            [CompletionResult]::new('--raw-field', '--raw-field', [CompletionResultType]::ParameterName, 'A typed field: the value is parsed as JSON (numbers, true/false, null, arrays)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Read the request body from a file (''-'' for stdin)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'onyx;ask' {
            [CompletionResult]::new('--prompt', '--prompt', [CompletionResultType]::ParameterName, 'The question, as an option (instead of the positional words)')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Agent (persona) to ask, by id or name (default: the profile''s default agent, else 0)')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Continue this chat session')
            [CompletionResult]::new('--docset', '--docset', [CompletionResultType]::ParameterName, 'Search only this document set (repeatable)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Search only this source type, e.g. confluence, web, file (repeatable)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Continue the last chat session of this profile')
            [CompletionResult]::new('--continue', '--continue', [CompletionResultType]::ParameterName, 'Continue the last chat session of this profile')
            [CompletionResult]::new('--deep-research', '--deep-research', [CompletionResultType]::ParameterName, 'Run Onyx''s deep-research loop (slower, more thorough)')
            [CompletionResult]::new('--reasoning', '--reasoning', [CompletionResultType]::ParameterName, 'Show the model''s reasoning on stderr as it arrives')
            [CompletionResult]::new('--no-stream', '--no-stream', [CompletionResultType]::ParameterName, 'Wait for the whole answer instead of streaming it')
            [CompletionResult]::new('--no-passages', '--no-passages', [CompletionResultType]::ParameterName, 'Do not fetch the exact cited passages (the search blurb is shown instead)')
            [CompletionResult]::new('--raw-markers', '--raw-markers', [CompletionResultType]::ParameterName, 'Keep the server''s [[n]](url) citation links in the text')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print one JSON event per line as it arrives (unknown packets passed through)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many sessions to list at most')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete all of your chat sessions')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the server''s objects) instead of a table')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request with its status and timing to stderr (secrets masked)')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
        'onyx;search' {
            [CompletionResult]::new('--docset', '--docset', [CompletionResultType]::ParameterName, 'Search only this document set (repeatable)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Search only this source type (repeatable)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N results')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write completions for every shell into this directory')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write onyx.1 and one page per subcommand into this directory')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (several servers or identities); see ''onyx profile list''')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080')
            [CompletionResult]::new('--api-prefix', '--api-prefix', [CompletionResultType]::ParameterName, 'API path prefix: ''/api'' on Cloud and behind nginx, '''' on the bare API server (detected when unset)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON result with a jq expression (implies --json)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra HTTP header for every request, e.g. -H ''X-Tenant: acme'' (repeatable)')
            [CompletionResult]::new('--session-cookie', '--session-cookie', [CompletionResultType]::ParameterName, 'Web session cookie value (fastapiusersauth) instead of an API key')
            [CompletionResult]::new('--proxy-auth', '--proxy-auth', [CompletionResultType]::ParameterName, 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)')
            [CompletionResult]::new('--proxy-auth-header', '--proxy-auth-header', [CompletionResultType]::ParameterName, 'Header the proxy reads its credentials from')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the server to connect, answer, or send more of a stream')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the TCP/TLS connection')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of idempotent requests on 429/502/503/504 and connection failures')
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
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, show who you are, log out')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles (one per server or identity)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any API endpoint with the profile''s server and credentials')
            [CompletionResult]::new('ask', 'ask', [CompletionResultType]::ParameterValue, 'Ask a question: the answer streams to stdout, then its sources with the cited passages')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'List, show, rename and delete chat sessions')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'List and show agents (personas)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the indexed documents without generating an answer')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions, or write them all to a directory')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write one per command to a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
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
        'onyx;help;api' {
            break
        }
        'onyx;help;ask' {
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
        'onyx;help;search' {
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
