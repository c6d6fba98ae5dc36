
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
