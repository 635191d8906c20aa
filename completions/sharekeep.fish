# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sharekeep_global_optspecs
    string join \n os-cloud= os-auth-type= os-auth-url= os-username= os-user-id= os-password= os-project-name= os-project-id= os-user-domain-name= os-user-domain-id= os-project-domain-name= os-project-domain-id= os-domain-name= os-domain-id= os-default-domain= os-application-credential-id= os-application-credential-name= os-application-credential-secret= os-token= os-region-name= os-interface= os-cacert= os-cert= os-key= os-api-timeout= insecure verify os-share-api-version= os-key-manager-api-version= os-key-manager-endpoint-override= os-endpoint-override= token-cache= debug timing q/quiet v/verbose h/help V/version
end

function __fish_sharekeep_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_sharekeep_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_sharekeep_using_subcommand
    set -l cmd (__fish_sharekeep_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -s V -l version -d 'Print version'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -f -a "share" -d 'Manila shares, encrypted with your own key, and what they need'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -f -a "secret" -d 'Barbican secrets: store, list, get, delete, and orders'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -f -a "acl" -d 'Barbican access control lists on secrets'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -f -a "token" -d 'Keystone tokens'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -f -a "keyring" -d 'Keep a cloud\'s password or application-credential secret in the OS keyring'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -f -a "local" -d 'The embedded local cloud (`--os-cloud local`): its state, back ends and reset'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c sharekeep -n "__fish_sharekeep_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "create" -d 'Create a share (encrypted with --encryption-key-ref)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "list" -d 'List shares'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "show" -d 'Show a share'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "delete" -d 'Delete one or more shares'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "set" -d 'Set a share\'s name, description, visibility or properties'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "unset" -d 'Unset a share\'s name, description or properties'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "resize" -d 'Extend or shrink a share'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "type" -d 'Share types'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "network" -d 'Share networks'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "server" -d 'Share servers (admin)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "quota" -d 'Quotas, including encryption keys'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "pool" -d 'Storage pools and their capabilities (admin)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "message" -d 'User messages: why an operation failed'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "export" -d 'Export locations'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "access" -d 'Access rules'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "restore" -d 'Bring shares back from the recycle bin (API 2.69+)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "snapshot" -d 'Share snapshots'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "availability" -d 'Availability zones'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "limits" -d 'The project\'s limits'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and not __fish_seen_subcommand_from create list show delete set unset resize type network server quota pool message export access restore snapshot availability limits help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l name -d 'Share name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l description -d 'Share description' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l share-type -d 'Share type (name or ID); default: the cloud\'s default type' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l share-network -d 'Share network (name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l availability-zone -d 'Availability zone' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l property -d 'A property (metadata) key=value, repeatable' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l public -d 'Make the share public (true/false)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l snapshot-id -d 'Create from this snapshot (name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l share-group -d 'Share group (ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l scheduler-hint -d 'Scheduler hint key=value (same_host, different_host), repeatable' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l mount-point-name -d 'Mount point name (API 2.84+)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l encryption-key-ref -d 'The encryption key: a Barbican secret UUID, href or name (API 2.90+)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l wait-timeout -d 'With --wait: give up after this many seconds (exit code 10)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -s c -l column -d 'A column to include (repeat for several); default: all columns' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l prefix -d 'Shell: a prefix for the variable names' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l max-width -d 'Table: the maximum width of the whole table (0: no limit)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l sort-column -d 'Lists: sort by this column (repeatable; case-insensitive)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l quote -d 'CSV: when to quote values' -r -f -a "all\t''
minimal\t''
none\t''
nonnumeric\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -s f -l format -d 'The output format (`shell` for one resource, `csv` for lists)' -r -f -a "json\t''
shell\t''
table\t''
value\t''
yaml\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the operation has finished'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l dry-run -d 'Only run the pre-flight checks of an encrypted create, print them, create nothing'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l no-preflight -d 'Skip the pre-flight checks and send the request as it is'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l noindent -d 'JSON: print on one line'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l fit-width -d 'Table: fit the table to the terminal\'s width'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l print-empty -d 'Table: print an empty table when there is no data'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l sort-ascending -d 'Lists: sort ascending (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l sort-descending -d 'Lists: sort descending'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l name -d 'Only shares with this name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l status -d 'Only shares in this status' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l share-type -d 'Only shares of this share type (name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l share-network -d 'Only shares on this share network (name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l encryption-key-ref -d 'Only shares encrypted with this key (UUID, href or secret name; API 2.90+)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l project -d 'Only shares of this project, by name or ID (admin)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l limit -d 'At most this many shares (0: no limit)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many shares' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l marker -d 'The last share (ID) of the previous page: list the ones after it' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l sort -d 'Sort by these keys, e.g. `size:desc,name` (default name:asc)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l name~ -d 'Names that contain this text (API 2.36+)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l description~ -d 'Descriptions that contain this text (API 2.36+)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l property -d 'Only shares with this property key=value (repeatable)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l extra-spec -d 'Only shares whose type has this extra spec key=value (repeatable; admin)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l host -d 'Only shares on this host (admin)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l share-server -d 'Only shares on this share server (ID; admin)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l share-group -d 'Only shares of this share group (ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l availability-zone -d 'Only shares in this availability zone (API 2.97+)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l snapshot -d 'Only shares made from this snapshot (name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l export-location -d 'Only shares with this export location (ID or path; API 2.35+)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l user -d 'Only shares of this user ID (admin)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include (repeat for several); default: all columns' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l prefix -d 'Shell: a prefix for the variable names' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l max-width -d 'Table: the maximum width of the whole table (0: no limit)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l sort-column -d 'Lists: sort by this column (repeatable; case-insensitive)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l quote -d 'CSV: when to quote values' -r -f -a "all\t''
minimal\t''
none\t''
nonnumeric\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format (`shell` for one resource, `csv` for lists)' -r -f -a "csv\t''
json\t''
table\t''
value\t''
yaml\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l all-projects -d 'Shares of all projects (admin)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l public -d 'Only public shares'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l soft-deleted -d 'Only shares in the recycle bin (API 2.69+)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l noindent -d 'JSON: print on one line'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l fit-width -d 'Table: fit the table to the terminal\'s width'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l print-empty -d 'Table: print an empty table when there is no data'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Lists: sort ascending (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l sort-descending -d 'Lists: sort descending'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -s c -l column -d 'A column to include (repeat for several); default: all columns' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l prefix -d 'Shell: a prefix for the variable names' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l max-width -d 'Table: the maximum width of the whole table (0: no limit)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l sort-column -d 'Lists: sort by this column (repeatable; case-insensitive)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l quote -d 'CSV: when to quote values' -r -f -a "all\t''
minimal\t''
none\t''
nonnumeric\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format (`shell` for one resource, `csv` for lists)' -r -f -a "json\t''
shell\t''
table\t''
value\t''
yaml\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l noindent -d 'JSON: print on one line'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l fit-width -d 'Table: fit the table to the terminal\'s width'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l print-empty -d 'Table: print an empty table when there is no data'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l sort-ascending -d 'Lists: sort ascending (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l sort-descending -d 'Lists: sort descending'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l wait-timeout -d 'With --wait: give up after this many seconds (exit code 10)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l force -d 'Delete whatever the state (admin)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l soft -d 'Move to the recycle bin instead (API 2.69+; `share restore` brings it back)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l wait -d 'Wait until the operation has finished'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l name -d 'New name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l description -d 'New description' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l public -d 'Visibility (true/false)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l property -d 'Set a property key=value, repeatable' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l property -d 'Remove a property, repeatable' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l name -d 'Remove the name'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l description -d 'Remove the description'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l wait-timeout -d 'With --wait: give up after this many seconds (exit code 10)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l wait -d 'Wait until the operation has finished'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from resize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -f -a "create" -d 'Create a share type'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -f -a "list" -d 'List share types'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -f -a "show" -d 'Show a share type'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -f -a "set" -d 'Set extra specs, name, description or visibility'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -f -a "unset" -d 'Unset extra specs'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -f -a "delete" -d 'Delete share types'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -f -a "access" -d 'Which projects may use a private share type'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from type" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -f -a "create" -d 'Create a share network'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -f -a "list" -d 'List share networks'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -f -a "show" -d 'Show a share network'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -f -a "delete" -d 'Delete share networks'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -f -a "set" -d 'Change a share network: name, description, status, neutron network, security services'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -f -a "unset" -d 'Remove a share network\'s name, description or a security service'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -f -a "subnet" -d 'Share network subnets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from network" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -f -a "list" -d 'List share servers, with their encryption key refs under --long'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -f -a "show" -d 'Show a share server, including its encryption key ref'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -f -a "delete" -d 'Delete share servers'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from server" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -f -a "show" -d 'Show a project\'s quotas'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -f -a "set" -d 'Set a project\'s quotas (admin)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from quota" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -f -a "list" -d 'List pools'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from pool" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -f -a "list" -d 'List user messages'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -f -a "show" -d 'Show a user message'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -f -a "delete" -d 'Delete user messages'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from message" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -f -a "location" -d 'Export locations of a share'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from export" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -f -a "create" -d 'Allow access to a share'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -f -a "list" -d 'List a share\'s access rules'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -f -a "delete" -d 'Remove an access rule'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -f -a "show" -d 'Show an access rule (API 2.45+)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -f -a "set" -d 'Change an access rule\'s properties or access level'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -f -a "unset" -d 'Remove an access rule\'s properties'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from access" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -f -a "create" -d 'Create a snapshot of a share'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -f -a "delete" -d 'Delete snapshots'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -f -a "show" -d 'Show a snapshot, with its export locations'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -f -a "set" -d 'Change a snapshot\'s name, description, status (admin) or properties'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -f -a "unset" -d 'Remove a snapshot\'s name, description or properties'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -f -a "list" -d 'List snapshots'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from snapshot" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -f -a "zone" -d 'Availability zones'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from availability" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -f -a "show" -d 'Show the absolute limits (quotas and usage) or the rate limits'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from limits" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a share (encrypted with --encryption-key-ref)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "list" -d 'List shares'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a share'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one or more shares'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a share\'s name, description, visibility or properties'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Unset a share\'s name, description or properties'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "resize" -d 'Extend or shrink a share'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "type" -d 'Share types'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "network" -d 'Share networks'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "server" -d 'Share servers (admin)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "quota" -d 'Quotas, including encryption keys'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "pool" -d 'Storage pools and their capabilities (admin)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "message" -d 'User messages: why an operation failed'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export locations'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "access" -d 'Access rules'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Bring shares back from the recycle bin (API 2.69+)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "snapshot" -d 'Share snapshots'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "availability" -d 'Availability zones'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "limits" -d 'The project\'s limits'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -f -a "store" -d 'Store a secret in Barbican'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -f -a "list" -d 'List secrets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -f -a "get" -d 'Show a secret\'s metadata, or its payload'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -f -a "delete" -d 'Delete one or more secrets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -f -a "update" -d 'Give a secret stored without a payload its payload'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -f -a "order" -d 'Orders: have Barbican generate a key'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -f -a "container" -d 'Containers: named groups of secrets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and not __fish_seen_subcommand_from store list get delete update order container help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s n -l name -d 'A name for the secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s s -l secret-type -d 'The secret\'s type' -r -f -a "symmetric\t''
public\t''
private\t''
passphrase\t''
certificate\t''
opaque\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s t -l payload-content-type -d 'The payload\'s content type (required with --payload)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s e -l payload-content-encoding -d 'The payload\'s encoding: base64 (required for application/octet-stream)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s a -l algorithm -d 'The algorithm the key is for' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s b -l bit-length -d 'The key\'s length in bits' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s m -l mode -d 'The cipher mode (for reference only)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s x -l expiration -d 'When the secret expires (ISO 8601, e.g. 2030-01-01T00:00:00)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s p -l payload -d 'The payload itself (visible in the process list: prefer --file)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s F -l file -d 'Read the payload from this file (`-` for standard input)' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s c -l column -d 'A column to include (repeat for several); default: all columns' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l prefix -d 'Shell: a prefix for the variable names' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l max-width -d 'Table: the maximum width of the whole table (0: no limit)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l sort-column -d 'Lists: sort by this column (repeatable; case-insensitive)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l quote -d 'CSV: when to quote values' -r -f -a "all\t''
minimal\t''
none\t''
nonnumeric\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s f -l format -d 'The output format (`shell` for one resource, `csv` for lists)' -r -f -a "json\t''
shell\t''
table\t''
value\t''
yaml\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l noindent -d 'JSON: print on one line'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l fit-width -d 'Table: fit the table to the terminal\'s width'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l print-empty -d 'Table: print an empty table when there is no data'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l sort-ascending -d 'Lists: sort ascending (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l sort-descending -d 'Lists: sort descending'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from store" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -s l -l limit -d 'At most this many secrets' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -s o -l offset -d 'Skip this many secrets' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -s n -l name -d 'Only secrets with this name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -s a -l algorithm -d 'Only secrets for this algorithm' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -s b -l bit-length -d 'Only secrets of this bit length' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -s m -l mode -d 'Only secrets with this mode' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -s s -l secret-type -d 'Only secrets of this type' -r -f -a "symmetric\t''
public\t''
private\t''
passphrase\t''
certificate\t''
opaque\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include (repeat for several); default: all columns' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l prefix -d 'Shell: a prefix for the variable names' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l max-width -d 'Table: the maximum width of the whole table (0: no limit)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l sort-column -d 'Lists: sort by this column (repeatable; case-insensitive)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l quote -d 'CSV: when to quote values' -r -f -a "all\t''
minimal\t''
none\t''
nonnumeric\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format (`shell` for one resource, `csv` for lists)' -r -f -a "csv\t''
json\t''
table\t''
value\t''
yaml\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l long -d 'Also a "Used by" column: the shares (and, for an administrator, share servers) that use each secret as their encryption key'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l noindent -d 'JSON: print on one line'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l fit-width -d 'Table: fit the table to the terminal\'s width'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l print-empty -d 'Table: print an empty table when there is no data'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Lists: sort ascending (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l sort-descending -d 'Lists: sort descending'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -s F -l file -d 'Write the payload to this file (`-` for standard output), byte for byte' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -s t -l payload-content-type -d 'The content type to ask the payload in (default: the secret\'s own)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -s c -l column -d 'A column to include (repeat for several); default: all columns' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l prefix -d 'Shell: a prefix for the variable names' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l max-width -d 'Table: the maximum width of the whole table (0: no limit)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l sort-column -d 'Lists: sort by this column (repeatable; case-insensitive)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l quote -d 'CSV: when to quote values' -r -f -a "all\t''
minimal\t''
none\t''
nonnumeric\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -s f -l format -d 'The output format (`shell` for one resource, `csv` for lists)' -r -f -a "json\t''
shell\t''
table\t''
value\t''
yaml\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -s p -l payload -d 'Show the payload instead of the metadata'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l usage -d 'Also show the shares (and, for an administrator, share servers) that use the secret as their encryption key'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l noindent -d 'JSON: print on one line'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l fit-width -d 'Table: fit the table to the terminal\'s width'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l print-empty -d 'Table: print an empty table when there is no data'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l sort-ascending -d 'Lists: sort ascending (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l sort-descending -d 'Lists: sort descending'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l force -d 'Delete even a key that shares or share servers use as their encryption key (their data becomes unreadable when the back end next needs the key)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -s F -l file -d 'Read the payload from this file (`-` for standard input)' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -s t -l payload-content-type -d 'The payload\'s content type (default: text/plain for PAYLOAD, application/octet-stream for --file)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -f -a "create" -d 'Ask Barbican to generate a key'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -f -a "get" -d 'Show an order'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -f -a "list" -d 'List orders'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -f -a "delete" -d 'Delete one or more orders'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from order" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -f -a "create" -d 'Create a container of secrets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -f -a "get" -d 'Show a container'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -f -a "list" -d 'List containers'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -f -a "delete" -d 'Delete a container (not its secrets)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from container" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "store" -d 'Store a secret in Barbican'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "list" -d 'List secrets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a secret\'s metadata, or its payload'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one or more secrets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "update" -d 'Give a secret stored without a payload its payload'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "order" -d 'Orders: have Barbican generate a key'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "container" -d 'Containers: named groups of secrets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -f -a "get" -d 'Show a secret\'s ACL'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -f -a "delete" -d 'Delete a secret\'s ACL (back to project-wide access)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -f -a "submit" -d 'Replace a secret\'s ACL with the users given'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -f -a "user" -d 'Add or remove users on a secret\'s ACL'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and not __fish_seen_subcommand_from get delete submit user help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -s c -l column -d 'A column to include (repeat for several); default: all columns' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l prefix -d 'Shell: a prefix for the variable names' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l max-width -d 'Table: the maximum width of the whole table (0: no limit)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l sort-column -d 'Lists: sort by this column (repeatable; case-insensitive)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l quote -d 'CSV: when to quote values' -r -f -a "all\t''
minimal\t''
none\t''
nonnumeric\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -s f -l format -d 'The output format (`shell` for one resource, `csv` for lists)' -r -f -a "csv\t''
json\t''
table\t''
value\t''
yaml\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l noindent -d 'JSON: print on one line'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l fit-width -d 'Table: fit the table to the terminal\'s width'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l print-empty -d 'Table: print an empty table when there is no data'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l sort-ascending -d 'Lists: sort ascending (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l sort-descending -d 'Lists: sort descending'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l force -d 'Delete it even if shares need the key (their back end may lose access to it)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -s u -l user -d 'A Keystone user ID (repeatable)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -s o -l operation-type -d 'The operation the ACL is for' -r -f -a "read\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -s c -l column -d 'A column to include (repeat for several); default: all columns' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l prefix -d 'Shell: a prefix for the variable names' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l max-width -d 'Table: the maximum width of the whole table (0: no limit)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l sort-column -d 'Lists: sort by this column (repeatable; case-insensitive)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l quote -d 'CSV: when to quote values' -r -f -a "all\t''
minimal\t''
none\t''
nonnumeric\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -s f -l format -d 'The output format (`shell` for one resource, `csv` for lists)' -r -f -a "csv\t''
json\t''
table\t''
value\t''
yaml\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l project-access -d 'Let every member of the project read the secret'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l no-project-access -d 'Only the creator and the listed users may read the secret'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l noindent -d 'JSON: print on one line'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l fit-width -d 'Table: fit the table to the terminal\'s width'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l print-empty -d 'Table: print an empty table when there is no data'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l sort-ascending -d 'Lists: sort ascending (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l sort-descending -d 'Lists: sort descending'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l force -d 'Change it even if shares need the key and a user loses access (Manila\'s service user, for one)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add users to a secret\'s ACL (keeping the others)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -f -a "remove" -d 'Remove users from a secret\'s ACL'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from user" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a secret\'s ACL'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a secret\'s ACL (back to project-wide access)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Replace a secret\'s ACL with the users given'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from help" -f -a "user" -d 'Add or remove users on a secret\'s ACL'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand acl; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -f -a "issue" -d 'Issue a token (reusing the cached one while it is valid)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -f -a "revoke" -d 'Revoke a token'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and not __fish_seen_subcommand_from issue revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -s c -l column -d 'A column to include (repeat for several); default: all columns' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l prefix -d 'Shell: a prefix for the variable names' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l max-width -d 'Table: the maximum width of the whole table (0: no limit)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l sort-column -d 'Lists: sort by this column (repeatable; case-insensitive)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l quote -d 'CSV: when to quote values' -r -f -a "all\t''
minimal\t''
none\t''
nonnumeric\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -s f -l format -d 'The output format (`shell` for one resource, `csv` for lists)' -r -f -a "json\t''
shell\t''
table\t''
value\t''
yaml\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l noindent -d 'JSON: print on one line'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l fit-width -d 'Table: fit the table to the terminal\'s width'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l print-empty -d 'Table: print an empty table when there is no data'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l sort-ascending -d 'Lists: sort ascending (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l sort-descending -d 'Lists: sort descending'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "issue" -d 'Issue a token (reusing the cached one while it is valid)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a token'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -f -a "store" -d 'Store a password or application-credential secret (read from standard input)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -f -a "forget" -d 'Remove a stored secret'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and not __fish_seen_subcommand_from store forget help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from store" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from forget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from help" -f -a "store" -d 'Store a password or application-credential secret (read from standard input)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from help" -f -a "forget" -d 'Remove a stored secret'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand keyring; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -f -a "status" -d 'Where the local cloud\'s state is and what it holds'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -f -a "reset" -d 'Delete the local cloud\'s state (every share, secret, key and credential in it)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -f -a "config" -d 'Print or change the local back ends (`backends.yaml` in the state directory)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -f -a "policy" -d 'Print the local services\' policy in effect: who may do what'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -f -a "populate" -d 'Fill the local state with many shares and share servers, for benchmarks'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -f -a "serve" -d 'Serve the local cloud to any OpenStack client (openstack, openstacksdk, tempest)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and not __fish_seen_subcommand_from status reset config policy populate serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -s c -l column -d 'A column to include (repeat for several); default: all columns' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l prefix -d 'Shell: a prefix for the variable names' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l max-width -d 'Table: the maximum width of the whole table (0: no limit)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l sort-column -d 'Lists: sort by this column (repeatable; case-insensitive)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l quote -d 'CSV: when to quote values' -r -f -a "all\t''
minimal\t''
none\t''
nonnumeric\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -s f -l format -d 'The output format (`shell` for one resource, `csv` for lists)' -r -f -a "json\t''
shell\t''
table\t''
value\t''
yaml\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l noindent -d 'JSON: print on one line'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l fit-width -d 'Table: fit the table to the terminal\'s width'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l print-empty -d 'Table: print an empty table when there is no data'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l sort-ascending -d 'Lists: sort ascending (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l sort-descending -d 'Lists: sort descending'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Do not ask'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l file -d 'Install this file as the new config, after checking it (`-` reads standard input)' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l edit -d 'Edit the file in $VISUAL or $EDITOR; the edit is checked before it replaces the file'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l defaults -d 'Put the documented default file back'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l service -d 'Only this service\'s rules' -r -f -a "keystone\t''
barbican\t''
manila\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -s c -l column -d 'A column to include (repeat for several); default: all columns' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l prefix -d 'Shell: a prefix for the variable names' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l max-width -d 'Table: the maximum width of the whole table (0: no limit)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l sort-column -d 'Lists: sort by this column (repeatable; case-insensitive)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l quote -d 'CSV: when to quote values' -r -f -a "all\t''
minimal\t''
none\t''
nonnumeric\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -s f -l format -d 'The output format (`shell` for one resource, `csv` for lists)' -r -f -a "csv\t''
json\t''
table\t''
value\t''
yaml\t''"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l overridden -d 'Only the rules policy.yaml sets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l noindent -d 'JSON: print on one line'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l fit-width -d 'Table: fit the table to the terminal\'s width'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l print-empty -d 'Table: print an empty table when there is no data'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l sort-ascending -d 'Lists: sort ascending (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l sort-descending -d 'Lists: sort descending'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l shares -d 'Shares to add (available, unencrypted and encrypted, in the demo project)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l servers -d 'Share servers to spread the encrypted ones over (one key each)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from populate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l bind -d 'Address to listen on; an address other than loopback also needs --allow-remote' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l port -d 'Port to listen on (0: a free port, printed on start)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l state -d 'The state directory (default: $SHAREKEEP_LOCAL_DIR, else $XDG_DATA_HOME/sharekeep/local)' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l tls-cert -d 'Serve HTTPS with this certificate chain (PEM, the server\'s certificate first)' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l tls-key -d 'The private key (PEM) of --tls-cert' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l idle-timeout -d 'Close a connection that sends no complete request for this many seconds (idle or slow), and refuse a body that takes longer with 408' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l public-url -d 'The URL clients reach the server at, for hrefs and the catalog (default: http://ADDR:PORT)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l allow-remote -d 'Listen on an address other than loopback (the services then accept anyone who can reach the port and knows a password; use --tls-cert and --tls-key as well)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l print-clouds-yaml -d 'Print the clouds.yaml entries for --port N and exit without serving'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "status" -d 'Where the local cloud\'s state is and what it holds'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Delete the local cloud\'s state (every share, secret, key and credential in it)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "config" -d 'Print or change the local back ends (`backends.yaml` in the state directory)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "policy" -d 'Print the local services\' policy in effect: who may do what'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "populate" -d 'Fill the local state with many shares and share servers, for benchmarks'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the local cloud to any OpenStack client (openstack, openstacksdk, tempest)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-cloud -d 'Cloud name in clouds.yaml' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-auth-type -d 'Authentication type: password, v3applicationcredential, v3token' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-auth-url -d 'Keystone URL' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-username -d 'User name' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-user-id -d 'User ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-password -d 'User\'s password' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-project-name -d 'Project name to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-project-id -d 'Project ID to scope to' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-user-domain-name -d 'Domain name of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-user-domain-id -d 'Domain ID of the user' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-project-domain-name -d 'Domain name of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-project-domain-id -d 'Domain ID of the project' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-domain-name -d 'Domain name to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-domain-id -d 'Domain ID to scope to (when no project is given)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-default-domain -d 'Domain ID used for the user and project when theirs are not given' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-application-credential-id -d 'Application credential ID' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-application-credential-name -d 'Application credential name (with the user\'s name or ID)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-application-credential-secret -d 'Application credential secret' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-token -d 'An existing token to authenticate with (re-scoped as configured)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-region-name -d 'Region of the endpoints to use' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-interface -d 'Endpoint interface: public, internal or admin' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-cacert -d 'CA certificate bundle (PEM) to verify HTTPS endpoints with' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-cert -d 'Client certificate (PEM) to present to HTTPS endpoints' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-key -d 'Private key (PEM) of --os-cert, when not in the same file' -r -F
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-api-timeout -d 'Seconds one HTTP request may take before it is given up (default 60)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-share-api-version -d 'Shared file systems API microversion to use (e.g. 2.90)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-key-manager-api-version -d 'Key manager API version (only 1 exists)' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-key-manager-endpoint-override -d 'Use this key manager (Barbican) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l os-endpoint-override -d 'Use this shared file systems (Manila) URL instead of the catalog\'s' -r
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l token-cache -d 'Where to cache tokens between commands' -r -f -a "file\t'A 0600 file under the user\'s cache directory (the default)'
keyring\t'The OS keyring (Secret Service); falls back to the file when unusable'
none\t'No cache: authenticate on every invocation'"
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l insecure -d 'Do not verify HTTPS certificates (insecure)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l verify -d 'Verify HTTPS certificates (the default)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l debug -d 'Show every HTTP request and response on stderr (secrets redacted)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -l timing -d 'Print the time each HTTP request took, on stderr'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -s q -l quiet -d 'Print less (notices are suppressed)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -s v -l verbose -d 'Print more (accepted for compatibility)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and not __fish_seen_subcommand_from share secret acl token keyring local completion help" -f -a "share" -d 'Manila shares, encrypted with your own key, and what they need'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and not __fish_seen_subcommand_from share secret acl token keyring local completion help" -f -a "secret" -d 'Barbican secrets: store, list, get, delete, and orders'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and not __fish_seen_subcommand_from share secret acl token keyring local completion help" -f -a "acl" -d 'Barbican access control lists on secrets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and not __fish_seen_subcommand_from share secret acl token keyring local completion help" -f -a "token" -d 'Keystone tokens'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and not __fish_seen_subcommand_from share secret acl token keyring local completion help" -f -a "keyring" -d 'Keep a cloud\'s password or application-credential secret in the OS keyring'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and not __fish_seen_subcommand_from share secret acl token keyring local completion help" -f -a "local" -d 'The embedded local cloud (`--os-cloud local`): its state, back ends and reset'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and not __fish_seen_subcommand_from share secret acl token keyring local completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and not __fish_seen_subcommand_from share secret acl token keyring local completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "create" -d 'Create a share (encrypted with --encryption-key-ref)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "list" -d 'List shares'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "show" -d 'Show a share'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "delete" -d 'Delete one or more shares'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "set" -d 'Set a share\'s name, description, visibility or properties'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "unset" -d 'Unset a share\'s name, description or properties'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "resize" -d 'Extend or shrink a share'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "type" -d 'Share types'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "network" -d 'Share networks'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "server" -d 'Share servers (admin)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "quota" -d 'Quotas, including encryption keys'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "pool" -d 'Storage pools and their capabilities (admin)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "message" -d 'User messages: why an operation failed'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "export" -d 'Export locations'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "access" -d 'Access rules'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "restore" -d 'Bring shares back from the recycle bin (API 2.69+)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "snapshot" -d 'Share snapshots'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "availability" -d 'Availability zones'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "limits" -d 'The project\'s limits'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "store" -d 'Store a secret in Barbican'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "list" -d 'List secrets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "get" -d 'Show a secret\'s metadata, or its payload'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "delete" -d 'Delete one or more secrets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "update" -d 'Give a secret stored without a payload its payload'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "order" -d 'Orders: have Barbican generate a key'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "container" -d 'Containers: named groups of secrets'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from acl" -f -a "get" -d 'Show a secret\'s ACL'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from acl" -f -a "delete" -d 'Delete a secret\'s ACL (back to project-wide access)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from acl" -f -a "submit" -d 'Replace a secret\'s ACL with the users given'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from acl" -f -a "user" -d 'Add or remove users on a secret\'s ACL'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "issue" -d 'Issue a token (reusing the cached one while it is valid)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a token'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from keyring" -f -a "store" -d 'Store a password or application-credential secret (read from standard input)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from keyring" -f -a "forget" -d 'Remove a stored secret'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "status" -d 'Where the local cloud\'s state is and what it holds'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "reset" -d 'Delete the local cloud\'s state (every share, secret, key and credential in it)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "config" -d 'Print or change the local back ends (`backends.yaml` in the state directory)'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "policy" -d 'Print the local services\' policy in effect: who may do what'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "populate" -d 'Fill the local state with many shares and share servers, for benchmarks'
complete -c sharekeep -n "__fish_sharekeep_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "serve" -d 'Serve the local cloud to any OpenStack client (openstack, openstacksdk, tempest)'
