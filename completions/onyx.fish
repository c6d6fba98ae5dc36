# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_onyx_global_optspecs
    string join \n profile= server= api-prefix= json jq= H/header= session-cookie= proxy-auth= proxy-auth-header= timeout= connect-timeout= retries= v/verbose color= h/help V/version
end

function __fish_onyx_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_onyx_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_onyx_using_subcommand
    set -l cmd (__fish_onyx_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c onyx -n "__fish_onyx_needs_command" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_needs_command" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_needs_command" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_needs_command" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_needs_command" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_needs_command" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_needs_command" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_needs_command" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_needs_command" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_needs_command" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_needs_command" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_needs_command" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_needs_command" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_needs_command" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_needs_command" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_needs_command" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "ask" -d 'Ask a question: the answer streams to stdout, then its sources with the cited passages'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "chat" -d 'Chat in the terminal: follow-ups, slash commands for agent, model and filters'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "open" -d 'Open citation N of the last answer in the browser (or print its link)'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "search" -d 'Search the indexed documents without generating an answer'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "session" -d 'List, show, rename and delete chat sessions'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "agent" -d 'List and show agents (personas)'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "model" -d 'List the models answers can use; pick this profile\'s default'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "mcp" -d 'Serve Onyx to coding agents over MCP (Claude Code, Cursor, Codex)'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "ingest" -d 'Upload a folder of files into a document set; re-runs send only what changed'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "doc" -d 'List or delete documents sent through the ingestion API'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "connector" -d 'Manage connectors: create, index, pause, resume, follow their status and delete them'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "credential" -d 'Manage credentials (secrets read from a file or stdin, never from argv)'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "cc-pair" -d 'Manage connector-credential pairs (what actually indexes)'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "docset" -d 'Manage document sets'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "api-key" -d 'Manage API keys (admin)'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "pat" -d 'Manage your personal access tokens'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "apply" -d 'Create what a JSON or YAML manifest describes and is missing (credentials, connectors, pairs, document sets)'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "auth" -d 'Log in, show who you are, log out'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "profile" -d 'Manage profiles (one per server or identity)'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "config" -d 'Get and set this profile\'s defaults: agent, document sets, model, output, colour'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "doctor" -d 'Check config, server, credentials, permissions, LLM and index: one line each, with the fix'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "api" -d 'Call any API endpoint with the profile\'s server and credentials'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "completions" -d 'Print shell completions, or write them all to a directory'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "man" -d 'Print the man page, or write one per command to a directory'
complete -c onyx -n "__fish_onyx_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l prompt -d 'The question, as an option (instead of the positional words)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l agent -d 'Agent (persona) to ask, by id or name (default: the profile\'s default agent, else 0)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l session -d 'Continue this chat session' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l docset -d 'Search only this document set (repeatable; default: the profile\'s, see \'onyx config\')' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l source -d 'Search only this source type, e.g. confluence, web, file (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l since -d 'Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l model -d 'Answer with this model: its name, display name or provider/model (see \'onyx model list\')' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l temperature -d 'Sampling temperature of the answer, 0 to 2' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l open -d 'Open citation N of this answer in the browser once it is printed' -r
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand ask" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand ask" -s c -l continue -d 'Continue the last chat session of this profile'
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l deep-research -d 'Run Onyx\'s deep-research loop (slower, more thorough)'
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l reasoning -d 'Show the model\'s reasoning on stderr as it arrives'
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l no-stream -d 'Wait for the whole answer instead of streaming it'
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l no-passages -d 'Do not fetch or show the cited passages: the sources are listed by title and link only'
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l raw-markers -d 'Keep the server\'s [[n]](url) citation links in the text'
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l raw -d 'Show the answer\'s Markdown as written, not rendered, on a terminal too'
complete -c onyx -n "__fish_onyx_using_subcommand ask" -l jsonl -d 'Print one JSON event per line as it arrives (unknown packets passed through)'
complete -c onyx -n "__fish_onyx_using_subcommand ask" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand ask" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l session -d 'Resume this chat session' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l agent -d 'Agent (persona) to ask, by id or name (default: the profile\'s default agent, else 0)' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l model -d 'Answer with this model: its name, display name or provider/model (see \'onyx model list\')' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l temperature -d 'Sampling temperature of the answers, 0 to 2' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l docset -d 'Search only this document set (repeatable; default: the profile\'s, see \'onyx config\')' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l source -d 'Search only this source type, e.g. confluence, web, file (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l since -d 'Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)' -r
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand chat" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand chat" -s c -l continue -d 'Resume the last chat session of this profile'
complete -c onyx -n "__fish_onyx_using_subcommand chat" -l raw -d 'Show answers\' Markdown as written, not rendered'
complete -c onyx -n "__fish_onyx_using_subcommand chat" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand chat" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand open" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand open" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand open" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand open" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand open" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand open" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand open" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand open" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand open" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand open" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand open" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand open" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand open" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand open" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand open" -l print -d 'Print the link on stdout instead of opening it'
complete -c onyx -n "__fish_onyx_using_subcommand open" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand open" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand search" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand search" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand search" -l docset -d 'Search only this document set (repeatable; default: the profile\'s, see \'onyx config\')' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l source -d 'Search only this source type, e.g. confluence, web, file (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l since -d 'Only documents updated on or after this date (YYYY-MM-DD or RFC 3339)' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l limit -d 'Show at most N results' -r
complete -c onyx -n "__fish_onyx_using_subcommand search" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand search" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand search" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand search" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -f -a "list" -d 'List your chat sessions, newest first'
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -f -a "show" -d 'Show a session\'s conversation with its citations'
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -f -a "delete" -d 'Delete chat sessions'
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -f -a "rename" -d 'Rename a session'
complete -c onyx -n "__fish_onyx_using_subcommand session; and not __fish_seen_subcommand_from list show delete rename help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l limit -d 'How many sessions to list at most' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -l all -d 'Delete all of your chat sessions'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your chat sessions, newest first'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a session\'s conversation with its citations'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete chat sessions'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a session'
complete -c onyx -n "__fish_onyx_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List the agents you can ask (only listed ones)'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show one agent, by id or name'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the agents you can ask (only listed ones)'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one agent, by id or name'
complete -c onyx -n "__fish_onyx_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -f -a "list" -d 'List the LLM providers you may use, their models, and which one answers by default'
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -f -a "use" -d 'Make a model this profile\'s default for ask and chat (checked against the server)'
complete -c onyx -n "__fish_onyx_using_subcommand model; and not __fish_seen_subcommand_from list use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -l clear -d 'Forget the profile\'s default: the server\'s default answers again'
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the LLM providers you may use, their models, and which one answers by default'
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a model this profile\'s default for ask and chat (checked against the server)'
complete -c onyx -n "__fish_onyx_using_subcommand model; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l http -d 'Serve the streamable HTTP transport at http://ADDR/mcp instead of stdio; loopback only, e.g. 127.0.0.1:8765' -r
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand mcp" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l docset -d 'Document set to put the files in (created when missing)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l docs -d 'Send already-extracted documents through the ingestion API instead: one JSON object a line (id, title, link, text or sections, metadata); \'-\' for stdin. Same id = update' -r -F
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l cc-pair -d 'With --docs: the cc-pair the documents belong to [default: the server\'s ingestion API pair]' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l connector -d 'File connector to upload to (found or created by name) [default: ingest-<docset>]' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l access -d 'Who may search the files when the connector is created' -r -f -a "public\t''
private\t''"
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l include -d 'Only files whose path (relative to PATH) matches this glob, e.g. \'*.pdf\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l exclude -d 'Leave out files and directories matching this glob, e.g. \'drafts/**\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l batch-size -d 'Most files per upload request' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l batch-bytes -d 'Most bytes per upload request (a larger file goes alone), e.g. 64MiB or 1GB; a bare number is bytes' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l upload-retries -d 'Retries of a batch on connection errors, timeouts, 429 and 502/503/504' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l upload-timeout -d 'How long to wait for the answer to one upload request, e.g. 10m; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l wait-timeout -d 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l interval -d 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l hidden -d 'Include hidden files and directories (names starting with \'.\')'
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l prune -d 'Remove from the connector the files that no longer exist locally'
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l dry-run -d 'Show what would be uploaded, replaced and removed; send nothing but reads'
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l wait -d 'Wait until the server has finished (indexing, syncing or deleting)'
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -l wait-lock -d 'If another run holds this connector\'s lock, wait for it instead of failing'
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand ingest" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -f -a "list" -d 'Documents created through the ingestion API, or the documents of one cc-pair'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -f -a "delete" -d 'Delete a document created through the ingestion API'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and not __fish_seen_subcommand_from list delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l cc-pair -d 'List the documents of this connector-credential pair instead' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from help" -f -a "list" -d 'Documents created through the ingestion API, or the documents of one cc-pair'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a document created through the ingestion API'
complete -c onyx -n "__fish_onyx_using_subcommand doc; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -f -a "list" -d 'List connectors'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -f -a "show" -d 'Show one connector: source, schedule, credentials and config'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -f -a "create" -d 'Create a connector (it indexes nothing until paired with a credential)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -f -a "update" -d 'Change a connector (the fields not given are kept)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -f -a "delete" -d 'Delete a connector with its pairs and their documents'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -f -a "pause" -d 'Pause indexing of every pair of the connector'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -f -a "resume" -d 'Resume indexing of every pair of the connector'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -f -a "run" -d 'Index now'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -f -a "status" -d 'Indexing status of the connector\'s pairs: last run, documents, errors'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -f -a "files" -d 'List the files of a file connector'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and not __fish_seen_subcommand_from list show create update delete pause resume run status files help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l source -d 'Document source: file, web, confluence, … (Onyx\'s DocumentSource values)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l name -d 'Name of the connector (unique)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l input-type -d 'How the connector reads its source' -r -f -a "load_state\t''
poll\t''
event\t''
slim_retrieval\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l config -d 'A connector_specific_config field; VALUE is parsed as JSON when it can be, else taken as a string (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l config-file -d 'connector_specific_config from a JSON file (\'-\' for stdin); --config fields are applied on top' -r -F
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l refresh-freq -d 'Time between re-indexing runs, e.g. 1h or 1d; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l prune-freq -d 'Time between pruning runs, e.g. 1d; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l access -d 'Who may see the documents' -r -f -a "public\t''
private\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l upload -d 'File connector: upload this file and index it (repeatable); sets file_locations and file_names' -r -F
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Print the existing connector and succeed when one has this name'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l config -d 'A connector_specific_config field; VALUE is parsed as JSON when it can be, else taken as a string (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l config-file -d 'connector_specific_config from a JSON file (\'-\' for stdin); --config fields are applied on top' -r -F
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l refresh-freq -d 'Time between re-indexing runs, e.g. 1h or 1d; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l prune-freq -d 'Time between pruning runs, e.g. 1d; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l access -d 'Who may see the documents' -r -f -a "public\t''
private\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l wait-timeout -d 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l interval -d 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed when there is nothing by that id or name'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -l wait -d 'Wait until the server has finished (indexing, syncing or deleting)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from pause" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from resume" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -l from-beginning -d 'Re-index everything instead of only what changed'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l wait-timeout -d 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l interval -d 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l wait -d 'Wait until the server has finished (indexing, syncing or deleting)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -l watch -d 'Show the status again every --interval until the runs are over (Ctrl-C stops)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from files" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "list" -d 'List connectors'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one connector: source, schedule, credentials and config'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a connector (it indexes nothing until paired with a credential)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a connector (the fields not given are kept)'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a connector with its pairs and their documents'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause indexing of every pair of the connector'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume indexing of every pair of the connector'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "run" -d 'Index now'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "status" -d 'Indexing status of the connector\'s pairs: last run, documents, errors'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "files" -d 'List the files of a file connector'
complete -c onyx -n "__fish_onyx_using_subcommand connector; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -f -a "list" -d 'List your credentials (the built-in credential 0 is hidden)'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -f -a "show" -d 'Show one credential, secret values masked'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -f -a "create" -d 'Create a credential; its secret JSON is read from --file PATH or stdin (--file -)'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -f -a "delete" -d 'Delete a credential'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and not __fish_seen_subcommand_from list show create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l source -d 'Document source the credential is for: file, confluence, …' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l name -d 'Name of the credential (unique)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l file -d 'JSON file with the credential_json object (\'-\' for stdin); omitted means {} (file connectors)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l credential-json -d 'Refused: secrets on the command line end up in shell history and `ps`' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l secret -d 'Refused: secrets on the command line end up in shell history and `ps`' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l private -d 'Only for me, not every admin'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Print the existing credential and succeed when one has this name'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed when there is nothing by that id or name'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -l force -d 'Also detach it from the connectors that use it'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your credentials (the built-in credential 0 is hidden)'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one credential, secret values masked'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a credential; its secret JSON is read from --file PATH or stdin (--file -)'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a credential'
complete -c onyx -n "__fish_onyx_using_subcommand credential; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -f -a "list" -d 'List connector-credential pairs'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -f -a "show" -d 'Show one pair: status, documents, last run'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -f -a "create" -d 'Pair a connector with a credential; indexing starts at once'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -f -a "delete" -d 'Delete a pair and its documents'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and not __fish_seen_subcommand_from list show create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l interval -d 'Time between two refreshes with --watch, e.g. 2s or 500ms' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -l watch -d 'Show the pair again every --interval until its indexing run is over (Ctrl-C stops)'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l connector -d 'The connector, by id or name' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l credential -d 'The credential, by id or name' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l name -d 'Name of the pair (unique); defaults to the connector\'s name' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l access -d 'Who may see the documents the pair indexes' -r -f -a "public\t''
private\t''"
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l group -d 'User-group id (repeatable; effective in Enterprise Edition)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Print the existing pair and succeed when it exists'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l wait-timeout -d 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l interval -d 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed when there is nothing by that id or name'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -l wait -d 'Wait until the server has finished (indexing, syncing or deleting)'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from help" -f -a "list" -d 'List connector-credential pairs'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one pair: status, documents, last run'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from help" -f -a "create" -d 'Pair a connector with a credential; indexing starts at once'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a pair and its documents'
complete -c onyx -n "__fish_onyx_using_subcommand cc-pair; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -f -a "list" -d 'List document sets'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -f -a "show" -d 'Show a document set, its pairs and whether it is synced'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -f -a "create" -d 'Create a document set'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -f -a "update" -d 'Rename or describe a document set (waits for a running sync first)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -f -a "add" -d 'Add pairs to a document set (waits for a running sync first)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -f -a "remove" -d 'Remove pairs from a document set (waits for a running sync first)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -f -a "delete" -d 'Delete a document set (waits for a running sync first)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and not __fish_seen_subcommand_from list show create update add remove delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l wait-timeout -d 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l interval -d 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l wait -d 'Wait until the server has finished (indexing, syncing or deleting)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -l watch -d 'Show the set again every --interval until it is synced (Ctrl-C stops)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l name -d 'Name of the set (unique)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l description -d 'What the set holds, for people choosing it' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l connector -d 'Every pair of this connector (id or name; repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l cc-pair -d 'This pair (id or name; repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l wait-timeout -d 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l interval -d 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l private -d 'Visible only to the given groups (Enterprise Edition)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Print the existing set and succeed when one has this name'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the server has finished (indexing, syncing or deleting)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l description -d 'New description' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l wait-timeout -d 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l interval -d 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -l wait -d 'Wait until the server has finished (indexing, syncing or deleting)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l connector -d 'Every pair of this connector (id or name; repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l cc-pair -d 'This pair (id or name; repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l wait-timeout -d 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l interval -d 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -l wait -d 'Wait until the server has finished (indexing, syncing or deleting)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l connector -d 'Every pair of this connector (id or name; repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l cc-pair -d 'This pair (id or name; repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l wait-timeout -d 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l interval -d 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -l wait -d 'Wait until the server has finished (indexing, syncing or deleting)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l wait-timeout -d 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l interval -d 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed when there is nothing by that id or name'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -l wait -d 'Wait until the server has finished (indexing, syncing or deleting)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from help" -f -a "list" -d 'List document sets'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a document set, its pairs and whether it is synced'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a document set'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename or describe a document set (waits for a running sync first)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add pairs to a document set (waits for a running sync first)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove pairs from a document set (waits for a running sync first)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a document set (waits for a running sync first)'
complete -c onyx -n "__fish_onyx_using_subcommand docset; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -f -a "list" -d 'List API keys (their secrets are never shown again)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -f -a "create" -d 'Create an API key and print its secret once'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -f -a "update" -d 'Rename a key or change its role or groups (what is not given is kept)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -f -a "regenerate" -d 'Issue a new secret for a key; the old one stops working'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -f -a "delete" -d 'Delete an API key'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and not __fish_seen_subcommand_from list create update regenerate delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l name -d 'Name of the key (unique)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l role -d 'What the key may do, on a server with roles [default: basic]' -r -f -a "basic\t''
admin\t''
limited\t''
curator\t''
global-curator\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l group -d 'A group to put the key in, by name or id, on a server with group-based permissions (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the secret, alone on its line: KEY=$(onyx api-key create … --quiet)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed when a key has this name (its secret is not shown again)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l role -d 'New role (servers with roles; on group servers admin|basic mean the default groups)' -r -f -a "basic\t''
admin\t''
limited\t''
curator\t''
global-curator\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l group -d 'The key\'s groups from now on, by name or id (repeatable; servers with group-based permissions)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -s y -l yes -d 'Do not ask for confirmation'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -s q -l quiet -d 'Print only the secret, alone on its line'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from regenerate" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed when there is nothing by that id or name'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "list" -d 'List API keys (their secrets are never shown again)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an API key and print its secret once'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a key or change its role or groups (what is not given is kept)'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "regenerate" -d 'Issue a new secret for a key; the old one stops working'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an API key'
complete -c onyx -n "__fish_onyx_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -f -a "list" -d 'List your tokens (their secrets are never shown again)'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -f -a "create" -d 'Create a token and print its secret once'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -f -a "delete" -d 'Delete a token'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and not __fish_seen_subcommand_from list create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l name -d 'Name of the token (unique)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l expires-days -d 'Days until it expires (never, when omitted)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l scope -d 'Limit the token to a scope: read:search, read:chat, write:chat (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the secret, alone on its line'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed when a token has this name (its secret is not shown again)'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed when there is nothing by that id or name'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your tokens (their secrets are never shown again)'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a token and print its secret once'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a token'
complete -c onyx -n "__fish_onyx_using_subcommand pat; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand apply" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand apply" -s f -l file -d 'The manifest (JSON, or YAML for .yaml/.yml); file paths in it are relative to it' -r -F
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l wait-timeout -d 'Give up waiting after this long (exit 7), e.g. 90s, 10m, 1h; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l interval -d 'Time between two polls while waiting, e.g. 5s or 500ms; a bare number is seconds' -r
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand apply" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l dry-run -d 'Say what would change, change nothing'
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l prune -d 'Also delete resources named with the manifest\'s "prefix" that it no longer lists'
complete -c onyx -n "__fish_onyx_using_subcommand apply" -s y -l yes -d 'Do not ask before --prune deletes (required when stdin is not a terminal)'
complete -c onyx -n "__fish_onyx_using_subcommand apply" -l wait -d 'Wait until the server has finished (indexing, syncing or deleting)'
complete -c onyx -n "__fish_onyx_using_subcommand apply" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand apply" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "login" -d 'Store credentials for a server in the current profile'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "status" -d 'Show the server, API base, identity and server version'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "logout" -d 'Remove the stored credentials of the current profile'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-key -d 'The API key or personal access token: \'-\' reads it from stdin (never give it on the command line); prompted (hidden) when omitted on a terminal' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l email -d 'Sign in with e-mail and password instead (password read from a hidden prompt or stdin)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-verify -d 'Store the credentials without checking them against the server'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Store credentials for a server in the current profile'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the server, API base, identity and server version'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the stored credentials of the current profile'
complete -c onyx -n "__fish_onyx_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -f -a "list" -d 'List profiles'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -f -a "use" -d 'Make a profile the default'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -f -a "delete" -d 'Delete a profile and its stored credentials (asks first; --yes off a terminal)'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and not __fish_seen_subcommand_from list use delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a profile and its stored credentials (asks first; --yes off a terminal)'
complete -c onyx -n "__fish_onyx_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "get" -d 'Print one of this profile\'s defaults (nothing when it is unset)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "set" -d 'Set one of this profile\'s defaults (agents, sets and models are checked against the server)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "unset" -d 'Forget one of this profile\'s defaults'
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "list" -d 'List this profile\'s settings (a table on a terminal, tab-separated in a pipe)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one of this profile\'s defaults (nothing when it is unset)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one of this profile\'s defaults (agents, sets and models are checked against the server)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Forget one of this profile\'s defaults'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List this profile\'s settings (a table on a terminal, tab-separated in a pipe)'
complete -c onyx -n "__fish_onyx_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand api" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand api" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand api" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand api" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand api" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand api" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand api" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand api" -s f -l field -d 'A string field: query parameter for GET/DELETE, JSON body field otherwise (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api" -s F -l raw-field -d 'A typed field: the value is parsed as JSON (numbers, true/false, null, arrays)' -r
complete -c onyx -n "__fish_onyx_using_subcommand api" -l input -d 'Read the request body from a file (\'-\' for stdin)' -r -F
complete -c onyx -n "__fish_onyx_using_subcommand api" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand api" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand api" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand api" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand completions" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l dir -d 'Write completions for every shell into this directory' -r -F
complete -c onyx -n "__fish_onyx_using_subcommand completions" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand completions" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand completions" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand completions" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand man" -l profile -d 'Profile to use (several servers or identities); see \'onyx profile list\'' -r
complete -c onyx -n "__fish_onyx_using_subcommand man" -l server -d 'Onyx server URL, e.g. https://cloud.onyx.app or http://localhost:8080' -r
complete -c onyx -n "__fish_onyx_using_subcommand man" -l api-prefix -d 'API path prefix: \'/api\' on Cloud and behind nginx, \'\' on the bare API server (detected when unset)' -r
complete -c onyx -n "__fish_onyx_using_subcommand man" -l jq -d 'Filter the JSON result with a jq expression (implies --json)' -r
complete -c onyx -n "__fish_onyx_using_subcommand man" -s H -l header -d 'Extra HTTP header for every request, e.g. -H \'X-Tenant: acme\' (repeatable)' -r
complete -c onyx -n "__fish_onyx_using_subcommand man" -l session-cookie -d 'Web session cookie value (fastapiusersauth) instead of an API key' -r
complete -c onyx -n "__fish_onyx_using_subcommand man" -l proxy-auth -d 'Credentials for an identity-aware proxy in front of Onyx (sent as Proxy-Authorization)' -r
complete -c onyx -n "__fish_onyx_using_subcommand man" -l proxy-auth-header -d 'Header the proxy reads its credentials from' -r -f -a "proxy-authorization\t''
authorization\t''"
complete -c onyx -n "__fish_onyx_using_subcommand man" -l timeout -d 'How long to wait for the server to connect, answer, or send more of a stream, e.g. 90s or 2m' -r
complete -c onyx -n "__fish_onyx_using_subcommand man" -l connect-timeout -d 'How long to wait for the TCP/TLS connection, e.g. 10s' -r
complete -c onyx -n "__fish_onyx_using_subcommand man" -l retries -d 'Retries of idempotent requests on 429/502/503/504 and connection failures' -r
complete -c onyx -n "__fish_onyx_using_subcommand man" -l color -d 'Colour and spinners: on a terminal without NO_COLOR (auto), always, or never [default: the profile\'s \'color\', else auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c onyx -n "__fish_onyx_using_subcommand man" -l dir -d 'Write onyx.1 and one page per subcommand into this directory' -r -F
complete -c onyx -n "__fish_onyx_using_subcommand man" -l json -d 'Print the result as JSON (the server\'s objects) instead of a table'
complete -c onyx -n "__fish_onyx_using_subcommand man" -s v -l verbose -d 'Log each request with its status and timing to stderr (secrets masked)'
complete -c onyx -n "__fish_onyx_using_subcommand man" -s h -l help -d 'Print help'
complete -c onyx -n "__fish_onyx_using_subcommand man" -s V -l version -d 'Print version'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "ask" -d 'Ask a question: the answer streams to stdout, then its sources with the cited passages'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "chat" -d 'Chat in the terminal: follow-ups, slash commands for agent, model and filters'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "open" -d 'Open citation N of the last answer in the browser (or print its link)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "search" -d 'Search the indexed documents without generating an answer'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "session" -d 'List, show, rename and delete chat sessions'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "agent" -d 'List and show agents (personas)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "model" -d 'List the models answers can use; pick this profile\'s default'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "mcp" -d 'Serve Onyx to coding agents over MCP (Claude Code, Cursor, Codex)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "ingest" -d 'Upload a folder of files into a document set; re-runs send only what changed'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "doc" -d 'List or delete documents sent through the ingestion API'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "connector" -d 'Manage connectors: create, index, pause, resume, follow their status and delete them'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "credential" -d 'Manage credentials (secrets read from a file or stdin, never from argv)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "cc-pair" -d 'Manage connector-credential pairs (what actually indexes)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "docset" -d 'Manage document sets'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "api-key" -d 'Manage API keys (admin)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "pat" -d 'Manage your personal access tokens'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "apply" -d 'Create what a JSON or YAML manifest describes and is missing (credentials, connectors, pairs, document sets)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "auth" -d 'Log in, show who you are, log out'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "profile" -d 'Manage profiles (one per server or identity)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "config" -d 'Get and set this profile\'s defaults: agent, document sets, model, output, colour'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "doctor" -d 'Check config, server, credentials, permissions, LLM and index: one line each, with the fix'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "api" -d 'Call any API endpoint with the profile\'s server and credentials'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "completions" -d 'Print shell completions, or write them all to a directory'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "man" -d 'Print the man page, or write one per command to a directory'
complete -c onyx -n "__fish_onyx_using_subcommand help; and not __fish_seen_subcommand_from ask chat open search session agent model mcp ingest doc connector credential cc-pair docset api-key pat apply auth profile config doctor api completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "list" -d 'List your chat sessions, newest first'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "show" -d 'Show a session\'s conversation with its citations'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "delete" -d 'Delete chat sessions'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "rename" -d 'Rename a session'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "list" -d 'List the agents you can ask (only listed ones)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "show" -d 'Show one agent, by id or name'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "list" -d 'List the LLM providers you may use, their models, and which one answers by default'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from model" -f -a "use" -d 'Make a model this profile\'s default for ask and chat (checked against the server)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from doc" -f -a "list" -d 'Documents created through the ingestion API, or the documents of one cc-pair'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from doc" -f -a "delete" -d 'Delete a document created through the ingestion API'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "list" -d 'List connectors'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "show" -d 'Show one connector: source, schedule, credentials and config'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "create" -d 'Create a connector (it indexes nothing until paired with a credential)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "update" -d 'Change a connector (the fields not given are kept)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "delete" -d 'Delete a connector with its pairs and their documents'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "pause" -d 'Pause indexing of every pair of the connector'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "resume" -d 'Resume indexing of every pair of the connector'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "run" -d 'Index now'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "status" -d 'Indexing status of the connector\'s pairs: last run, documents, errors'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from connector" -f -a "files" -d 'List the files of a file connector'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from credential" -f -a "list" -d 'List your credentials (the built-in credential 0 is hidden)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from credential" -f -a "show" -d 'Show one credential, secret values masked'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from credential" -f -a "create" -d 'Create a credential; its secret JSON is read from --file PATH or stdin (--file -)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from credential" -f -a "delete" -d 'Delete a credential'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from cc-pair" -f -a "list" -d 'List connector-credential pairs'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from cc-pair" -f -a "show" -d 'Show one pair: status, documents, last run'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from cc-pair" -f -a "create" -d 'Pair a connector with a credential; indexing starts at once'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from cc-pair" -f -a "delete" -d 'Delete a pair and its documents'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from docset" -f -a "list" -d 'List document sets'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from docset" -f -a "show" -d 'Show a document set, its pairs and whether it is synced'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from docset" -f -a "create" -d 'Create a document set'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from docset" -f -a "update" -d 'Rename or describe a document set (waits for a running sync first)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from docset" -f -a "add" -d 'Add pairs to a document set (waits for a running sync first)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from docset" -f -a "remove" -d 'Remove pairs from a document set (waits for a running sync first)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from docset" -f -a "delete" -d 'Delete a document set (waits for a running sync first)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from api-key" -f -a "list" -d 'List API keys (their secrets are never shown again)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from api-key" -f -a "create" -d 'Create an API key and print its secret once'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from api-key" -f -a "update" -d 'Rename a key or change its role or groups (what is not given is kept)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from api-key" -f -a "regenerate" -d 'Issue a new secret for a key; the old one stops working'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from api-key" -f -a "delete" -d 'Delete an API key'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from pat" -f -a "list" -d 'List your tokens (their secrets are never shown again)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from pat" -f -a "create" -d 'Create a token and print its secret once'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from pat" -f -a "delete" -d 'Delete a token'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Store credentials for a server in the current profile'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show the server, API base, identity and server version'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the stored credentials of the current profile'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "delete" -d 'Delete a profile and its stored credentials (asks first; --yes off a terminal)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one of this profile\'s defaults (nothing when it is unset)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set one of this profile\'s defaults (agents, sets and models are checked against the server)'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Forget one of this profile\'s defaults'
complete -c onyx -n "__fish_onyx_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List this profile\'s settings (a table on a terminal, tab-separated in a pipe)'
