
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'sharekeep' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'sharekeep'
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
        'sharekeep' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Manila shares, encrypted with your own key, and what they need')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Barbican secrets: store, list, get, delete, and orders')
            [CompletionResult]::new('acl', 'acl', [CompletionResultType]::ParameterValue, 'Barbican access control lists on secrets')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Keystone tokens')
            [CompletionResult]::new('keyring', 'keyring', [CompletionResultType]::ParameterValue, 'Keep a cloud''s password or application-credential secret in the OS keyring')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'The embedded local cloud (`--os-cloud local`): its state, back ends and reset')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a share (encrypted with --encryption-key-ref)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List shares')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one or more shares')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a share''s name, description, visibility or properties')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Unset a share''s name, description or properties')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Extend or shrink a share')
            [CompletionResult]::new('type', 'type', [CompletionResultType]::ParameterValue, 'Share types')
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Share networks')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Share servers (admin)')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Quotas, including encryption keys')
            [CompletionResult]::new('pool', 'pool', [CompletionResultType]::ParameterValue, 'Storage pools and their capabilities (admin)')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'User messages: why an operation failed')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export locations')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Access rules')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring shares back from the recycle bin (API 2.69+)')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Share snapshots')
            [CompletionResult]::new('availability', 'availability', [CompletionResultType]::ParameterValue, 'Availability zones')
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'The project''s limits')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Share name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Share description')
            [CompletionResult]::new('--share-type', '--share-type', [CompletionResultType]::ParameterName, 'Share type (name or ID); default: the cloud''s default type')
            [CompletionResult]::new('--share-network', '--share-network', [CompletionResultType]::ParameterName, 'Share network (name or ID)')
            [CompletionResult]::new('--availability-zone', '--availability-zone', [CompletionResultType]::ParameterName, 'Availability zone')
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'A property (metadata) key=value, repeatable')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'Make the share public (true/false)')
            [CompletionResult]::new('--snapshot-id', '--snapshot-id', [CompletionResultType]::ParameterName, 'Create from this snapshot (name or ID)')
            [CompletionResult]::new('--share-group', '--share-group', [CompletionResultType]::ParameterName, 'Share group (ID)')
            [CompletionResult]::new('--scheduler-hint', '--scheduler-hint', [CompletionResultType]::ParameterName, 'Scheduler hint key=value (same_host, different_host), repeatable')
            [CompletionResult]::new('--mount-point-name', '--mount-point-name', [CompletionResultType]::ParameterName, 'Mount point name (API 2.84+)')
            [CompletionResult]::new('--encryption-key-ref', '--encryption-key-ref', [CompletionResultType]::ParameterName, 'The encryption key: a Barbican secret UUID, href or name (API 2.90+)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this many seconds (exit code 10)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation has finished')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only run the pre-flight checks of an encrypted create, print them, create nothing')
            [CompletionResult]::new('--no-preflight', '--no-preflight', [CompletionResultType]::ParameterName, 'Skip the pre-flight checks and send the request as it is')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only shares with this name')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only shares in this status')
            [CompletionResult]::new('--share-type', '--share-type', [CompletionResultType]::ParameterName, 'Only shares of this share type (name or ID)')
            [CompletionResult]::new('--share-network', '--share-network', [CompletionResultType]::ParameterName, 'Only shares on this share network (name or ID)')
            [CompletionResult]::new('--encryption-key-ref', '--encryption-key-ref', [CompletionResultType]::ParameterName, 'Only shares encrypted with this key (UUID, href or secret name; API 2.90+)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only shares of this project ID (admin)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many shares (0: no limit)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many shares')
            [CompletionResult]::new('--marker', '--marker', [CompletionResultType]::ParameterName, 'The last share (ID) of the previous page: list the ones after it')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by these keys, e.g. `size:desc,name` (default name:asc)')
            [CompletionResult]::new('--name~', '--name~', [CompletionResultType]::ParameterName, 'Names that contain this text (API 2.36+)')
            [CompletionResult]::new('--description~', '--description~', [CompletionResultType]::ParameterName, 'Descriptions that contain this text (API 2.36+)')
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'Only shares with this property key=value (repeatable)')
            [CompletionResult]::new('--extra-spec', '--extra-spec', [CompletionResultType]::ParameterName, 'Only shares whose type has this extra spec key=value (repeatable; admin)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Only shares on this host (admin)')
            [CompletionResult]::new('--share-server', '--share-server', [CompletionResultType]::ParameterName, 'Only shares on this share server (ID; admin)')
            [CompletionResult]::new('--share-group', '--share-group', [CompletionResultType]::ParameterName, 'Only shares of this share group (ID)')
            [CompletionResult]::new('--availability-zone', '--availability-zone', [CompletionResultType]::ParameterName, 'Only shares in this availability zone (API 2.97+)')
            [CompletionResult]::new('--snapshot', '--snapshot', [CompletionResultType]::ParameterName, 'Only shares made from this snapshot (name or ID)')
            [CompletionResult]::new('--export-location', '--export-location', [CompletionResultType]::ParameterName, 'Only shares with this export location (ID or path; API 2.35+)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only shares of this user ID (admin)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--all-projects', '--all-projects', [CompletionResultType]::ParameterName, 'Shares of all projects (admin)')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'Only public shares')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'More columns')
            [CompletionResult]::new('--soft-deleted', '--soft-deleted', [CompletionResultType]::ParameterName, 'Only shares in the recycle bin (API 2.69+)')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this many seconds (exit code 10)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete whatever the state (admin)')
            [CompletionResult]::new('--soft', '--soft', [CompletionResultType]::ParameterName, 'Move to the recycle bin instead (API 2.69+; `share restore` brings it back)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation has finished')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'Visibility (true/false)')
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'Set a property key=value, repeatable')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;unset' {
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'Remove a property, repeatable')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Remove the name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Remove the description')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;resize' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this many seconds (exit code 10)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation has finished')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;type' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a share type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List share types')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share type')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set extra specs, name, description or visibility')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Unset extra specs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share types')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Which projects may use a private share type')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;type;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description (API 2.41+)')
            [CompletionResult]::new('--extra-specs', '--extra-specs', [CompletionResultType]::ParameterName, 'Extra specs key=value, e.g. encryption_support=share_server')
            [CompletionResult]::new('--snapshot-support', '--snapshot-support', [CompletionResultType]::ParameterName, 'snapshot_support (true/false): back ends that can snapshot shares')
            [CompletionResult]::new('--create-share-from-snapshot-support', '--create-share-from-snapshot-support', [CompletionResultType]::ParameterName, 'create_share_from_snapshot_support (true/false)')
            [CompletionResult]::new('--revert-to-snapshot-support', '--revert-to-snapshot-support', [CompletionResultType]::ParameterName, 'revert_to_snapshot_support (true/false)')
            [CompletionResult]::new('--mount-snapshot-support', '--mount-snapshot-support', [CompletionResultType]::ParameterName, 'mount_snapshot_support (true/false)')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'Visible to all projects (true/false; default true)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;type;list' {
            [CompletionResult]::new('--extra-specs', '--extra-specs', [CompletionResultType]::ParameterName, 'Only types with these extra specs key=value (API 2.43+)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include private types (admin)')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;type;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;type;set' {
            [CompletionResult]::new('--extra-specs', '--extra-specs', [CompletionResultType]::ParameterName, 'Extra specs key=value to set')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name (API 2.50+)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description (API 2.50+)')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'Visibility (true/false; API 2.50+)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;type;unset' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;type;delete' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;type;access' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Allow a project to use a private share type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects that may use a private share type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Stop a project from using a private share type')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;type;access;create' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;type;access;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;type;access;delete' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;type;access;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Allow a project to use a private share type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects that may use a private share type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Stop a project from using a private share type')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;type;access;help;create' {
            break
        }
        'sharekeep;share;type;access;help;list' {
            break
        }
        'sharekeep;share;type;access;help;delete' {
            break
        }
        'sharekeep;share;type;access;help;help' {
            break
        }
        'sharekeep;share;type;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a share type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List share types')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share type')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set extra specs, name, description or visibility')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Unset extra specs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share types')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Which projects may use a private share type')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;type;help;create' {
            break
        }
        'sharekeep;share;type;help;list' {
            break
        }
        'sharekeep;share;type;help;show' {
            break
        }
        'sharekeep;share;type;help;set' {
            break
        }
        'sharekeep;share;type;help;unset' {
            break
        }
        'sharekeep;share;type;help;delete' {
            break
        }
        'sharekeep;share;type;help;access' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Allow a project to use a private share type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects that may use a private share type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Stop a project from using a private share type')
            break
        }
        'sharekeep;share;type;help;access;create' {
            break
        }
        'sharekeep;share;type;help;access;list' {
            break
        }
        'sharekeep;share;type;help;access;delete' {
            break
        }
        'sharekeep;share;type;help;help' {
            break
        }
        'sharekeep;share;network' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a share network')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List share networks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share network')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share networks')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a share network: name, description, status, neutron network, security services')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a share network''s name, description or a security service')
            [CompletionResult]::new('subnet', 'subnet', [CompletionResultType]::ParameterValue, 'Share network subnets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;network;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--neutron-net-id', '--neutron-net-id', [CompletionResultType]::ParameterName, 'Neutron network ID')
            [CompletionResult]::new('--neutron-subnet-id', '--neutron-subnet-id', [CompletionResultType]::ParameterName, 'Neutron subnet ID')
            [CompletionResult]::new('--availability-zone', '--availability-zone', [CompletionResultType]::ParameterName, 'Availability zone of the default subnet')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;network;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only networks with this name')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--all-projects', '--all-projects', [CompletionResultType]::ParameterName, 'Networks of all projects (admin)')
            [CompletionResult]::new('--detail', '--detail', [CompletionResultType]::ParameterName, 'More columns')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;network;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;network;delete' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;network;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Reset the status (admin; API 2.63+)')
            [CompletionResult]::new('--neutron-net-id', '--neutron-net-id', [CompletionResultType]::ParameterName, 'Neutron network ID')
            [CompletionResult]::new('--neutron-subnet-id', '--neutron-subnet-id', [CompletionResultType]::ParameterName, 'Neutron subnet ID')
            [CompletionResult]::new('--current-security-service', '--current-security-service', [CompletionResultType]::ParameterName, 'The security service to replace (with --new-security-service)')
            [CompletionResult]::new('--new-security-service', '--new-security-service', [CompletionResultType]::ParameterName, 'A security service to add (or the replacement of --current-security-service)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--check-only', '--check-only', [CompletionResultType]::ParameterName, 'Only check whether the security service change can be made (API 2.63+)')
            [CompletionResult]::new('--restart-check', '--restart-check', [CompletionResultType]::ParameterName, 'Start the check over (API 2.63+)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;network;unset' {
            [CompletionResult]::new('--security-service', '--security-service', [CompletionResultType]::ParameterName, 'Remove this security service from the network')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Remove the name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Remove the description')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;network;subnet' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a subnet to a share network (or check whether one can be added)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share network''s subnets (API 2.51+; not in the openstack client)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share network subnet')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share network subnets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;network;subnet;create' {
            [CompletionResult]::new('--neutron-net-id', '--neutron-net-id', [CompletionResultType]::ParameterName, 'Neutron network ID')
            [CompletionResult]::new('--neutron-subnet-id', '--neutron-subnet-id', [CompletionResultType]::ParameterName, 'Neutron subnet ID')
            [CompletionResult]::new('--availability-zone', '--availability-zone', [CompletionResultType]::ParameterName, 'Availability zone')
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'A property key=value (repeatable; API 2.78+)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--check-only', '--check-only', [CompletionResultType]::ParameterName, 'Only check whether the subnet can be added (API 2.70+)')
            [CompletionResult]::new('--restart-check', '--restart-check', [CompletionResultType]::ParameterName, 'Start the check over (API 2.70+)')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;network;subnet;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;network;subnet;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;network;subnet;delete' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;network;subnet;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a subnet to a share network (or check whether one can be added)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share network''s subnets (API 2.51+; not in the openstack client)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share network subnet')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share network subnets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;network;subnet;help;create' {
            break
        }
        'sharekeep;share;network;subnet;help;list' {
            break
        }
        'sharekeep;share;network;subnet;help;show' {
            break
        }
        'sharekeep;share;network;subnet;help;delete' {
            break
        }
        'sharekeep;share;network;subnet;help;help' {
            break
        }
        'sharekeep;share;network;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a share network')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List share networks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share network')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share networks')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a share network: name, description, status, neutron network, security services')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a share network''s name, description or a security service')
            [CompletionResult]::new('subnet', 'subnet', [CompletionResultType]::ParameterValue, 'Share network subnets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;network;help;create' {
            break
        }
        'sharekeep;share;network;help;list' {
            break
        }
        'sharekeep;share;network;help;show' {
            break
        }
        'sharekeep;share;network;help;delete' {
            break
        }
        'sharekeep;share;network;help;set' {
            break
        }
        'sharekeep;share;network;help;unset' {
            break
        }
        'sharekeep;share;network;help;subnet' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a subnet to a share network (or check whether one can be added)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share network''s subnets (API 2.51+; not in the openstack client)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share network subnet')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share network subnets')
            break
        }
        'sharekeep;share;network;help;subnet;create' {
            break
        }
        'sharekeep;share;network;help;subnet;list' {
            break
        }
        'sharekeep;share;network;help;subnet;show' {
            break
        }
        'sharekeep;share;network;help;subnet;delete' {
            break
        }
        'sharekeep;share;network;help;help' {
            break
        }
        'sharekeep;share;server' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List share servers, with their encryption key refs under --long')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share server, including its encryption key ref')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share servers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;server;list' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Only servers on this host')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only servers in this status')
            [CompletionResult]::new('--share-network', '--share-network', [CompletionResultType]::ParameterName, 'Only servers of this share network (name or ID)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only servers of this project ID')
            [CompletionResult]::new('--encryption-key-ref', '--encryption-key-ref', [CompletionResultType]::ParameterName, 'Only servers encrypted with this key (UUID, href or secret name; API 2.90+)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'More columns, the encryption key ref among them')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;server;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;server;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this many seconds (exit code 10)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation has finished')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;server;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List share servers, with their encryption key refs under --long')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share server, including its encryption key ref')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share servers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;server;help;list' {
            break
        }
        'sharekeep;share;server;help;show' {
            break
        }
        'sharekeep;share;server;help;delete' {
            break
        }
        'sharekeep;share;server;help;help' {
            break
        }
        'sharekeep;share;quota' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project''s quotas')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a project''s quotas (admin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;quota;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--detail', '--detail', [CompletionResultType]::ParameterName, 'Show usage too (limit, in use, reserved)')
            [CompletionResult]::new('--defaults', '--defaults', [CompletionResultType]::ParameterName, 'Show the default quotas')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;quota;set' {
            [CompletionResult]::new('--shares', '--shares', [CompletionResultType]::ParameterName, 'Number of shares')
            [CompletionResult]::new('--snapshots', '--snapshots', [CompletionResultType]::ParameterName, 'Number of snapshots')
            [CompletionResult]::new('--gigabytes', '--gigabytes', [CompletionResultType]::ParameterName, 'Total GiB of shares')
            [CompletionResult]::new('--snapshot-gigabytes', '--snapshot-gigabytes', [CompletionResultType]::ParameterName, 'Total GiB of snapshots')
            [CompletionResult]::new('--share-networks', '--share-networks', [CompletionResultType]::ParameterName, 'Number of share networks')
            [CompletionResult]::new('--share-groups', '--share-groups', [CompletionResultType]::ParameterName, 'Number of share groups')
            [CompletionResult]::new('--share-group-snapshots', '--share-group-snapshots', [CompletionResultType]::ParameterName, 'Number of share group snapshots')
            [CompletionResult]::new('--share-replicas', '--share-replicas', [CompletionResultType]::ParameterName, 'Number of share replicas')
            [CompletionResult]::new('--replica-gigabytes', '--replica-gigabytes', [CompletionResultType]::ParameterName, 'Total GiB of share replicas')
            [CompletionResult]::new('--per-share-gigabytes', '--per-share-gigabytes', [CompletionResultType]::ParameterName, 'Largest share in GiB')
            [CompletionResult]::new('--encryption-keys', '--encryption-keys', [CompletionResultType]::ParameterName, 'Number of distinct encryption keys for share servers (API 2.90+)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Set even below current usage')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;quota;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project''s quotas')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a project''s quotas (admin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;quota;help;show' {
            break
        }
        'sharekeep;share;quota;help;set' {
            break
        }
        'sharekeep;share;quota;help;help' {
            break
        }
        'sharekeep;share;pool' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pools')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;pool;list' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Only pools on this host')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Only pools of this back end')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Only this pool')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--detail', '--detail', [CompletionResultType]::ParameterName, 'Show capabilities (encryption_support among them)')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;pool;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pools')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;pool;help;list' {
            break
        }
        'sharekeep;share;pool;help;help' {
            break
        }
        'sharekeep;share;message' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List user messages')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user message')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete user messages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;message;list' {
            [CompletionResult]::new('--resource-id', '--resource-id', [CompletionResultType]::ParameterName, 'Only messages about this resource (ID)')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Only messages about this kind of resource (e.g. share)')
            [CompletionResult]::new('--action-id', '--action-id', [CompletionResultType]::ParameterName, 'Only messages of this action ID')
            [CompletionResult]::new('--detail-id', '--detail-id', [CompletionResultType]::ParameterName, 'Only messages with this detail ID')
            [CompletionResult]::new('--message-level', '--message-level', [CompletionResultType]::ParameterName, 'Only messages of this level')
            [CompletionResult]::new('--request-id', '--request-id', [CompletionResultType]::ParameterName, 'Only messages of this request ID')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many messages')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only messages created since this ISO 8601 time (API 2.52+)')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Only messages created before this ISO 8601 time (API 2.52+)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;message;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;message;delete' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;message;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List user messages')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user message')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete user messages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;message;help;list' {
            break
        }
        'sharekeep;share;message;help;show' {
            break
        }
        'sharekeep;share;message;help;delete' {
            break
        }
        'sharekeep;share;message;help;help' {
            break
        }
        'sharekeep;share;export' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Export locations of a share')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;export;location' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share''s export locations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one export location')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;export;location;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;export;location;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;export;location;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share''s export locations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one export location')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;export;location;help;list' {
            break
        }
        'sharekeep;share;export;location;help;show' {
            break
        }
        'sharekeep;share;export;location;help;help' {
            break
        }
        'sharekeep;share;export;help' {
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Export locations of a share')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;export;help;location' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share''s export locations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one export location')
            break
        }
        'sharekeep;share;export;help;location;list' {
            break
        }
        'sharekeep;share;export;help;location;show' {
            break
        }
        'sharekeep;share;export;help;help' {
            break
        }
        'sharekeep;share;access' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Allow access to a share')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share''s access rules')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an access rule')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an access rule (API 2.45+)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an access rule''s properties or access level')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove an access rule''s properties')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;access;create' {
            [CompletionResult]::new('--access-level', '--access-level', [CompletionResultType]::ParameterName, 'rw or ro')
            [CompletionResult]::new('--properties', '--properties', [CompletionResultType]::ParameterName, 'Properties key=value, space-separated (API 2.45+)')
            [CompletionResult]::new('--lock-reason', '--lock-reason', [CompletionResultType]::ParameterName, 'Why the rule is locked (with a lock; API 2.82+)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this many seconds (exit code 10)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--lock-visibility', '--lock-visibility', [CompletionResultType]::ParameterName, 'Hide the rule''s access_to and access_key from other users (API 2.82+)')
            [CompletionResult]::new('--lock-deletion', '--lock-deletion', [CompletionResultType]::ParameterName, 'Keep the rule from being deleted without --unrestrict (API 2.82+)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation has finished')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;access;list' {
            [CompletionResult]::new('--properties', '--properties', [CompletionResultType]::ParameterName, 'Only rules with these properties key=value, space-separated (API 2.45+)')
            [CompletionResult]::new('--access-type', '--access-type', [CompletionResultType]::ParameterName, 'Only rules of this access type (API 2.82+)')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'Only rules with this access key (API 2.82+)')
            [CompletionResult]::new('--access-to', '--access-to', [CompletionResultType]::ParameterName, 'Only rules for this access_to (API 2.82+; with --access-type)')
            [CompletionResult]::new('--access-level', '--access-level', [CompletionResultType]::ParameterName, 'Only rules of this level (API 2.82+)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;access;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this many seconds (exit code 10)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--unrestrict', '--unrestrict', [CompletionResultType]::ParameterName, 'Remove the rule''s deletion lock first (API 2.82+)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation has finished')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;access;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;access;set' {
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'A property key=value to add or change (repeatable; API 2.45+)')
            [CompletionResult]::new('--access-level', '--access-level', [CompletionResultType]::ParameterName, 'Change the access level (API 2.88+)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;access;unset' {
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'A property to remove (repeatable)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;access;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Allow access to a share')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share''s access rules')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an access rule')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an access rule (API 2.45+)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an access rule''s properties or access level')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove an access rule''s properties')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;access;help;create' {
            break
        }
        'sharekeep;share;access;help;list' {
            break
        }
        'sharekeep;share;access;help;delete' {
            break
        }
        'sharekeep;share;access;help;show' {
            break
        }
        'sharekeep;share;access;help;set' {
            break
        }
        'sharekeep;share;access;help;unset' {
            break
        }
        'sharekeep;share;access;help;help' {
            break
        }
        'sharekeep;share;restore' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;snapshot' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a snapshot of a share')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete snapshots')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a snapshot, with its export locations')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a snapshot''s name, description, status (admin) or properties')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a snapshot''s name, description or properties')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List snapshots')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;snapshot;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the snapshot')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of the snapshot')
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'A property key=value (repeatable; API 2.73+)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this many seconds (exit code 10)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Snapshot even a share that is in use')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation has finished')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;snapshot;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this many seconds (exit code 10)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete whatever the state (admin)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the operation has finished')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;snapshot;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;snapshot;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Reset the status (admin)')
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'A property key=value to add or change (repeatable)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;snapshot;unset' {
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'A property to remove (repeatable)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Remove the name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Remove the description')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;snapshot;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only snapshots with this name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Only snapshots with this description (API 2.36+)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only snapshots in this status')
            [CompletionResult]::new('--share', '--share', [CompletionResultType]::ParameterName, 'Only snapshots of this share (name or ID)')
            [CompletionResult]::new('--usage', '--usage', [CompletionResultType]::ParameterName, 'Only snapshots that are used (or unused) by shares')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many snapshots')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many snapshots')
            [CompletionResult]::new('--name~', '--name~', [CompletionResultType]::ParameterName, 'Names that contain this text (API 2.36+)')
            [CompletionResult]::new('--description~', '--description~', [CompletionResultType]::ParameterName, 'Descriptions that contain this text (API 2.36+)')
            [CompletionResult]::new('--property', '--property', [CompletionResultType]::ParameterName, 'Only snapshots with this property key=value (repeatable)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--all-projects', '--all-projects', [CompletionResultType]::ParameterName, 'Snapshots of all projects (admin)')
            [CompletionResult]::new('--detail', '--detail', [CompletionResultType]::ParameterName, 'More columns')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;snapshot;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a snapshot of a share')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete snapshots')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a snapshot, with its export locations')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a snapshot''s name, description, status (admin) or properties')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a snapshot''s name, description or properties')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List snapshots')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;snapshot;help;create' {
            break
        }
        'sharekeep;share;snapshot;help;delete' {
            break
        }
        'sharekeep;share;snapshot;help;show' {
            break
        }
        'sharekeep;share;snapshot;help;set' {
            break
        }
        'sharekeep;share;snapshot;help;unset' {
            break
        }
        'sharekeep;share;snapshot;help;list' {
            break
        }
        'sharekeep;share;snapshot;help;help' {
            break
        }
        'sharekeep;share;availability' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('zone', 'zone', [CompletionResultType]::ParameterValue, 'Availability zones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;availability;zone' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the availability zones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;availability;zone;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;availability;zone;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the availability zones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;availability;zone;help;list' {
            break
        }
        'sharekeep;share;availability;zone;help;help' {
            break
        }
        'sharekeep;share;availability;help' {
            [CompletionResult]::new('zone', 'zone', [CompletionResultType]::ParameterValue, 'Availability zones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;availability;help;zone' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the availability zones')
            break
        }
        'sharekeep;share;availability;help;zone;list' {
            break
        }
        'sharekeep;share;availability;help;help' {
            break
        }
        'sharekeep;share;limits' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the absolute limits (quotas and usage) or the rate limits')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;limits;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--absolute', '--absolute', [CompletionResultType]::ParameterName, 'The absolute limits: quotas and what is used of them')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'The rate limits')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;share;limits;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the absolute limits (quotas and usage) or the rate limits')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;limits;help;show' {
            break
        }
        'sharekeep;share;limits;help;help' {
            break
        }
        'sharekeep;share;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a share (encrypted with --encryption-key-ref)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List shares')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one or more shares')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a share''s name, description, visibility or properties')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Unset a share''s name, description or properties')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Extend or shrink a share')
            [CompletionResult]::new('type', 'type', [CompletionResultType]::ParameterValue, 'Share types')
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Share networks')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Share servers (admin)')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Quotas, including encryption keys')
            [CompletionResult]::new('pool', 'pool', [CompletionResultType]::ParameterValue, 'Storage pools and their capabilities (admin)')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'User messages: why an operation failed')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export locations')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Access rules')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring shares back from the recycle bin (API 2.69+)')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Share snapshots')
            [CompletionResult]::new('availability', 'availability', [CompletionResultType]::ParameterValue, 'Availability zones')
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'The project''s limits')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;share;help;create' {
            break
        }
        'sharekeep;share;help;list' {
            break
        }
        'sharekeep;share;help;show' {
            break
        }
        'sharekeep;share;help;delete' {
            break
        }
        'sharekeep;share;help;set' {
            break
        }
        'sharekeep;share;help;unset' {
            break
        }
        'sharekeep;share;help;resize' {
            break
        }
        'sharekeep;share;help;type' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a share type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List share types')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share type')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set extra specs, name, description or visibility')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Unset extra specs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share types')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Which projects may use a private share type')
            break
        }
        'sharekeep;share;help;type;create' {
            break
        }
        'sharekeep;share;help;type;list' {
            break
        }
        'sharekeep;share;help;type;show' {
            break
        }
        'sharekeep;share;help;type;set' {
            break
        }
        'sharekeep;share;help;type;unset' {
            break
        }
        'sharekeep;share;help;type;delete' {
            break
        }
        'sharekeep;share;help;type;access' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Allow a project to use a private share type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects that may use a private share type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Stop a project from using a private share type')
            break
        }
        'sharekeep;share;help;type;access;create' {
            break
        }
        'sharekeep;share;help;type;access;list' {
            break
        }
        'sharekeep;share;help;type;access;delete' {
            break
        }
        'sharekeep;share;help;network' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a share network')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List share networks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share network')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share networks')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a share network: name, description, status, neutron network, security services')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a share network''s name, description or a security service')
            [CompletionResult]::new('subnet', 'subnet', [CompletionResultType]::ParameterValue, 'Share network subnets')
            break
        }
        'sharekeep;share;help;network;create' {
            break
        }
        'sharekeep;share;help;network;list' {
            break
        }
        'sharekeep;share;help;network;show' {
            break
        }
        'sharekeep;share;help;network;delete' {
            break
        }
        'sharekeep;share;help;network;set' {
            break
        }
        'sharekeep;share;help;network;unset' {
            break
        }
        'sharekeep;share;help;network;subnet' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a subnet to a share network (or check whether one can be added)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share network''s subnets (API 2.51+; not in the openstack client)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share network subnet')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share network subnets')
            break
        }
        'sharekeep;share;help;network;subnet;create' {
            break
        }
        'sharekeep;share;help;network;subnet;list' {
            break
        }
        'sharekeep;share;help;network;subnet;show' {
            break
        }
        'sharekeep;share;help;network;subnet;delete' {
            break
        }
        'sharekeep;share;help;server' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List share servers, with their encryption key refs under --long')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share server, including its encryption key ref')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share servers')
            break
        }
        'sharekeep;share;help;server;list' {
            break
        }
        'sharekeep;share;help;server;show' {
            break
        }
        'sharekeep;share;help;server;delete' {
            break
        }
        'sharekeep;share;help;quota' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project''s quotas')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a project''s quotas (admin)')
            break
        }
        'sharekeep;share;help;quota;show' {
            break
        }
        'sharekeep;share;help;quota;set' {
            break
        }
        'sharekeep;share;help;pool' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pools')
            break
        }
        'sharekeep;share;help;pool;list' {
            break
        }
        'sharekeep;share;help;message' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List user messages')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user message')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete user messages')
            break
        }
        'sharekeep;share;help;message;list' {
            break
        }
        'sharekeep;share;help;message;show' {
            break
        }
        'sharekeep;share;help;message;delete' {
            break
        }
        'sharekeep;share;help;export' {
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Export locations of a share')
            break
        }
        'sharekeep;share;help;export;location' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share''s export locations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one export location')
            break
        }
        'sharekeep;share;help;export;location;list' {
            break
        }
        'sharekeep;share;help;export;location;show' {
            break
        }
        'sharekeep;share;help;access' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Allow access to a share')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share''s access rules')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an access rule')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an access rule (API 2.45+)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an access rule''s properties or access level')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove an access rule''s properties')
            break
        }
        'sharekeep;share;help;access;create' {
            break
        }
        'sharekeep;share;help;access;list' {
            break
        }
        'sharekeep;share;help;access;delete' {
            break
        }
        'sharekeep;share;help;access;show' {
            break
        }
        'sharekeep;share;help;access;set' {
            break
        }
        'sharekeep;share;help;access;unset' {
            break
        }
        'sharekeep;share;help;restore' {
            break
        }
        'sharekeep;share;help;snapshot' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a snapshot of a share')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete snapshots')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a snapshot, with its export locations')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a snapshot''s name, description, status (admin) or properties')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a snapshot''s name, description or properties')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List snapshots')
            break
        }
        'sharekeep;share;help;snapshot;create' {
            break
        }
        'sharekeep;share;help;snapshot;delete' {
            break
        }
        'sharekeep;share;help;snapshot;show' {
            break
        }
        'sharekeep;share;help;snapshot;set' {
            break
        }
        'sharekeep;share;help;snapshot;unset' {
            break
        }
        'sharekeep;share;help;snapshot;list' {
            break
        }
        'sharekeep;share;help;availability' {
            [CompletionResult]::new('zone', 'zone', [CompletionResultType]::ParameterValue, 'Availability zones')
            break
        }
        'sharekeep;share;help;availability;zone' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the availability zones')
            break
        }
        'sharekeep;share;help;availability;zone;list' {
            break
        }
        'sharekeep;share;help;limits' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the absolute limits (quotas and usage) or the rate limits')
            break
        }
        'sharekeep;share;help;limits;show' {
            break
        }
        'sharekeep;share;help;help' {
            break
        }
        'sharekeep;secret' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Store a secret in Barbican')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a secret''s metadata, or its payload')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one or more secrets')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Give a secret stored without a payload its payload')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Orders: have Barbican generate a key')
            [CompletionResult]::new('container', 'container', [CompletionResultType]::ParameterValue, 'Containers: named groups of secrets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;secret;store' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'A name for the secret')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for the secret')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The secret''s type')
            [CompletionResult]::new('--secret-type', '--secret-type', [CompletionResultType]::ParameterName, 'The secret''s type')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The payload''s content type (required with --payload)')
            [CompletionResult]::new('--payload-content-type', '--payload-content-type', [CompletionResultType]::ParameterName, 'The payload''s content type (required with --payload)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The payload''s encoding: base64 (required for application/octet-stream)')
            [CompletionResult]::new('--payload-content-encoding', '--payload-content-encoding', [CompletionResultType]::ParameterName, 'The payload''s encoding: base64 (required for application/octet-stream)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The algorithm the key is for')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'The algorithm the key is for')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'The key''s length in bits')
            [CompletionResult]::new('--bit-length', '--bit-length', [CompletionResultType]::ParameterName, 'The key''s length in bits')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'The cipher mode (for reference only)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The cipher mode (for reference only)')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'When the secret expires (ISO 8601, e.g. 2030-01-01T00:00:00)')
            [CompletionResult]::new('--expiration', '--expiration', [CompletionResultType]::ParameterName, 'When the secret expires (ISO 8601, e.g. 2030-01-01T00:00:00)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The payload itself (visible in the process list: prefer --file)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'The payload itself (visible in the process list: prefer --file)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Read the payload from this file (`-` for standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the payload from this file (`-` for standard input)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;list' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'At most this many secrets')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many secrets')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Skip this many secrets')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many secrets')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only secrets with this name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only secrets with this name')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Only secrets for this algorithm')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'Only secrets for this algorithm')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Only secrets of this bit length')
            [CompletionResult]::new('--bit-length', '--bit-length', [CompletionResultType]::ParameterName, 'Only secrets of this bit length')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Only secrets with this mode')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Only secrets with this mode')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only secrets of this type')
            [CompletionResult]::new('--secret-type', '--secret-type', [CompletionResultType]::ParameterName, 'Only secrets of this type')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Also a "Used by" column: the shares (and, for an administrator, share servers) that use each secret as their encryption key')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;get' {
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Write the payload to this file (`-` for standard output), byte for byte')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write the payload to this file (`-` for standard output), byte for byte')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The content type to ask the payload in (default: the secret''s own)')
            [CompletionResult]::new('--payload-content-type', '--payload-content-type', [CompletionResultType]::ParameterName, 'The content type to ask the payload in (default: the secret''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Show the payload instead of the metadata')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'Show the payload instead of the metadata')
            [CompletionResult]::new('--usage', '--usage', [CompletionResultType]::ParameterName, 'Also show the shares (and, for an administrator, share servers) that use the secret as their encryption key')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;delete' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete even a key that shares or share servers use as their encryption key (their data becomes unreadable when the back end next needs the key)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;update' {
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Read the payload from this file (`-` for standard input)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the payload from this file (`-` for standard input)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The payload''s content type (default: text/plain for PAYLOAD, application/octet-stream for --file)')
            [CompletionResult]::new('--payload-content-type', '--payload-content-type', [CompletionResultType]::ParameterName, 'The payload''s content type (default: text/plain for PAYLOAD, application/octet-stream for --file)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;order' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Ask Barbican to generate a key')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an order')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one or more orders')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;secret;order;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'A name for the secret that the order makes')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for the secret that the order makes')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The algorithm of the key')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'The algorithm of the key')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'The key''s length in bits')
            [CompletionResult]::new('--bit-length', '--bit-length', [CompletionResultType]::ParameterName, 'The key''s length in bits')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'The cipher mode')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The cipher mode')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The secret''s payload content type')
            [CompletionResult]::new('--payload-content-type', '--payload-content-type', [CompletionResultType]::ParameterName, 'The secret''s payload content type')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'When the secret expires (ISO 8601)')
            [CompletionResult]::new('--expiration', '--expiration', [CompletionResultType]::ParameterName, 'When the secret expires (ISO 8601)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;order;get' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;order;list' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'At most this many orders')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many orders')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Skip this many orders')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many orders')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;order;delete' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;order;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Ask Barbican to generate a key')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an order')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one or more orders')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;secret;order;help;create' {
            break
        }
        'sharekeep;secret;order;help;get' {
            break
        }
        'sharekeep;secret;order;help;list' {
            break
        }
        'sharekeep;secret;order;help;delete' {
            break
        }
        'sharekeep;secret;order;help;help' {
            break
        }
        'sharekeep;secret;container' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a container of secrets')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a container')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List containers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a container (not its secrets)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;secret;container;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'A name for the container')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for the container')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The container''s type')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'A secret in the container, NAME=SECRET (href, UUID or secret name; repeatable)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'A secret in the container, NAME=SECRET (href, UUID or secret name; repeatable)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;container;get' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;container;list' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'At most this many containers')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many containers')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Skip this many containers')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many containers')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Only containers with this name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only containers with this name')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only containers of this type')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only containers of this type')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;container;delete' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;secret;container;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a container of secrets')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a container')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List containers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a container (not its secrets)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;secret;container;help;create' {
            break
        }
        'sharekeep;secret;container;help;get' {
            break
        }
        'sharekeep;secret;container;help;list' {
            break
        }
        'sharekeep;secret;container;help;delete' {
            break
        }
        'sharekeep;secret;container;help;help' {
            break
        }
        'sharekeep;secret;help' {
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Store a secret in Barbican')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a secret''s metadata, or its payload')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one or more secrets')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Give a secret stored without a payload its payload')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Orders: have Barbican generate a key')
            [CompletionResult]::new('container', 'container', [CompletionResultType]::ParameterValue, 'Containers: named groups of secrets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;secret;help;store' {
            break
        }
        'sharekeep;secret;help;list' {
            break
        }
        'sharekeep;secret;help;get' {
            break
        }
        'sharekeep;secret;help;delete' {
            break
        }
        'sharekeep;secret;help;update' {
            break
        }
        'sharekeep;secret;help;order' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Ask Barbican to generate a key')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an order')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one or more orders')
            break
        }
        'sharekeep;secret;help;order;create' {
            break
        }
        'sharekeep;secret;help;order;get' {
            break
        }
        'sharekeep;secret;help;order;list' {
            break
        }
        'sharekeep;secret;help;order;delete' {
            break
        }
        'sharekeep;secret;help;container' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a container of secrets')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a container')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List containers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a container (not its secrets)')
            break
        }
        'sharekeep;secret;help;container;create' {
            break
        }
        'sharekeep;secret;help;container;get' {
            break
        }
        'sharekeep;secret;help;container;list' {
            break
        }
        'sharekeep;secret;help;container;delete' {
            break
        }
        'sharekeep;secret;help;help' {
            break
        }
        'sharekeep;acl' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a secret''s ACL')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a secret''s ACL (back to project-wide access)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Replace a secret''s ACL with the users given')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add or remove users on a secret''s ACL')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;acl;get' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;acl;delete' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;acl;submit' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'A Keystone user ID (repeatable)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A Keystone user ID (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The operation the ACL is for')
            [CompletionResult]::new('--operation-type', '--operation-type', [CompletionResultType]::ParameterName, 'The operation the ACL is for')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--project-access', '--project-access', [CompletionResultType]::ParameterName, 'Let every member of the project read the secret')
            [CompletionResult]::new('--no-project-access', '--no-project-access', [CompletionResultType]::ParameterName, 'Only the creator and the listed users may read the secret')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;acl;user' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users to a secret''s ACL (keeping the others)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove users from a secret''s ACL')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;acl;user;add' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'A Keystone user ID (repeatable)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A Keystone user ID (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The operation the ACL is for')
            [CompletionResult]::new('--operation-type', '--operation-type', [CompletionResultType]::ParameterName, 'The operation the ACL is for')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--project-access', '--project-access', [CompletionResultType]::ParameterName, 'Let every member of the project read the secret')
            [CompletionResult]::new('--no-project-access', '--no-project-access', [CompletionResultType]::ParameterName, 'Only the creator and the listed users may read the secret')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;acl;user;remove' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'A Keystone user ID (repeatable)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A Keystone user ID (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The operation the ACL is for')
            [CompletionResult]::new('--operation-type', '--operation-type', [CompletionResultType]::ParameterName, 'The operation the ACL is for')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--project-access', '--project-access', [CompletionResultType]::ParameterName, 'Let every member of the project read the secret')
            [CompletionResult]::new('--no-project-access', '--no-project-access', [CompletionResultType]::ParameterName, 'Only the creator and the listed users may read the secret')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;acl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users to a secret''s ACL (keeping the others)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove users from a secret''s ACL')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;acl;user;help;add' {
            break
        }
        'sharekeep;acl;user;help;remove' {
            break
        }
        'sharekeep;acl;user;help;help' {
            break
        }
        'sharekeep;acl;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a secret''s ACL')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a secret''s ACL (back to project-wide access)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Replace a secret''s ACL with the users given')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add or remove users on a secret''s ACL')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;acl;help;get' {
            break
        }
        'sharekeep;acl;help;delete' {
            break
        }
        'sharekeep;acl;help;submit' {
            break
        }
        'sharekeep;acl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users to a secret''s ACL (keeping the others)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove users from a secret''s ACL')
            break
        }
        'sharekeep;acl;help;user;add' {
            break
        }
        'sharekeep;acl;help;user;remove' {
            break
        }
        'sharekeep;acl;help;help' {
            break
        }
        'sharekeep;token' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a token (reusing the cached one while it is valid)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;token;issue' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;token;revoke' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;token;help' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a token (reusing the cached one while it is valid)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;token;help;issue' {
            break
        }
        'sharekeep;token;help;revoke' {
            break
        }
        'sharekeep;token;help;help' {
            break
        }
        'sharekeep;keyring' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Store a password or application-credential secret (read from standard input)')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Remove a stored secret')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;keyring;store' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;keyring;forget' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;keyring;help' {
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Store a password or application-credential secret (read from standard input)')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Remove a stored secret')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;keyring;help;store' {
            break
        }
        'sharekeep;keyring;help;forget' {
            break
        }
        'sharekeep;keyring;help;help' {
            break
        }
        'sharekeep;local' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the local cloud''s state is and what it holds')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the local cloud''s state (every share, secret, key and credential in it)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print or change the local back ends (`backends.yaml` in the state directory)')
            [CompletionResult]::new('populate', 'populate', [CompletionResultType]::ParameterValue, 'Fill the local state with many shares and share servers, for benchmarks')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the local cloud to any OpenStack client (openstack, openstacksdk, tempest)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;local;status' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include (repeat for several); default: all columns')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Shell: a prefix for the variable names')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'Table: the maximum width of the whole table (0: no limit)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Lists: sort by this column (repeatable; case-insensitive)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'CSV: when to quote values')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format (`shell` for one resource, `csv` for lists)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON: print on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Table: fit the table to the terminal''s width')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Table: print an empty table when there is no data')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Lists: sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Lists: sort descending')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;local;reset' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;local;config' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Install this file as the new config, after checking it (`-` reads standard input)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--edit', '--edit', [CompletionResultType]::ParameterName, 'Edit the file in $VISUAL or $EDITOR; the edit is checked before it replaces the file')
            [CompletionResult]::new('--defaults', '--defaults', [CompletionResultType]::ParameterName, 'Put the documented default file back')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;local;populate' {
            [CompletionResult]::new('--shares', '--shares', [CompletionResultType]::ParameterName, 'Shares to add (available, unencrypted and encrypted, in the demo project)')
            [CompletionResult]::new('--servers', '--servers', [CompletionResultType]::ParameterName, 'Share servers to spread the encrypted ones over (one key each)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;local;serve' {
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to listen on; an address other than loopback also needs --allow-remote')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0: a free port, printed on start)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The state directory (default: $SHAREKEEP_LOCAL_DIR, else $XDG_DATA_HOME/sharekeep/local)')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The URL clients reach the server at, for hrefs and the catalog (default: http://ADDR:PORT)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Listen on an address other than loopback (the services then accept anyone who can reach the port and knows a password; there is no TLS)')
            [CompletionResult]::new('--print-clouds-yaml', '--print-clouds-yaml', [CompletionResultType]::ParameterName, 'Print the clouds.yaml entries for --port N and exit without serving')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;local;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the local cloud''s state is and what it holds')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the local cloud''s state (every share, secret, key and credential in it)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print or change the local back ends (`backends.yaml` in the state directory)')
            [CompletionResult]::new('populate', 'populate', [CompletionResultType]::ParameterValue, 'Fill the local state with many shares and share servers, for benchmarks')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the local cloud to any OpenStack client (openstack, openstacksdk, tempest)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;local;help;status' {
            break
        }
        'sharekeep;local;help;reset' {
            break
        }
        'sharekeep;local;help;config' {
            break
        }
        'sharekeep;local;help;populate' {
            break
        }
        'sharekeep;local;help;serve' {
            break
        }
        'sharekeep;local;help;help' {
            break
        }
        'sharekeep;completion' {
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'Cloud name in clouds.yaml')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, v3applicationcredential, v3token')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone URL')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'User''s password')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name to scope to')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID to scope to')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the user')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain name of the project')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Domain name to scope to (when no project is given)')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Domain ID to scope to (when no project is given)')
            [CompletionResult]::new('--os-default-domain', '--os-default-domain', [CompletionResultType]::ParameterName, 'Domain ID used for the user and project when theirs are not given')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name (with the user''s name or ID)')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token to authenticate with (re-scoped as configured)')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region of the endpoints to use')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA certificate bundle (PEM) to verify HTTPS endpoints with')
            [CompletionResult]::new('--os-share-api-version', '--os-share-api-version', [CompletionResultType]::ParameterName, 'Shared file systems API microversion to use (e.g. 2.90)')
            [CompletionResult]::new('--os-key-manager-api-version', '--os-key-manager-api-version', [CompletionResultType]::ParameterName, 'Key manager API version (only 1 exists)')
            [CompletionResult]::new('--os-key-manager-endpoint-override', '--os-key-manager-endpoint-override', [CompletionResultType]::ParameterName, 'Use this key manager (Barbican) URL instead of the catalog''s')
            [CompletionResult]::new('--os-endpoint-override', '--os-endpoint-override', [CompletionResultType]::ParameterName, 'Use this shared file systems (Manila) URL instead of the catalog''s')
            [CompletionResult]::new('--token-cache', '--token-cache', [CompletionResultType]::ParameterName, 'Where to cache tokens between commands')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify HTTPS certificates (insecure)')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify HTTPS certificates (the default)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Show every HTTP request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print the time each HTTP request took, on stderr')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less (notices are suppressed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more (accepted for compatibility)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sharekeep;help' {
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Manila shares, encrypted with your own key, and what they need')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Barbican secrets: store, list, get, delete, and orders')
            [CompletionResult]::new('acl', 'acl', [CompletionResultType]::ParameterValue, 'Barbican access control lists on secrets')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Keystone tokens')
            [CompletionResult]::new('keyring', 'keyring', [CompletionResultType]::ParameterValue, 'Keep a cloud''s password or application-credential secret in the OS keyring')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'The embedded local cloud (`--os-cloud local`): its state, back ends and reset')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sharekeep;help;share' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a share (encrypted with --encryption-key-ref)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List shares')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one or more shares')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a share''s name, description, visibility or properties')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Unset a share''s name, description or properties')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Extend or shrink a share')
            [CompletionResult]::new('type', 'type', [CompletionResultType]::ParameterValue, 'Share types')
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Share networks')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Share servers (admin)')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Quotas, including encryption keys')
            [CompletionResult]::new('pool', 'pool', [CompletionResultType]::ParameterValue, 'Storage pools and their capabilities (admin)')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'User messages: why an operation failed')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export locations')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Access rules')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring shares back from the recycle bin (API 2.69+)')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Share snapshots')
            [CompletionResult]::new('availability', 'availability', [CompletionResultType]::ParameterValue, 'Availability zones')
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'The project''s limits')
            break
        }
        'sharekeep;help;share;create' {
            break
        }
        'sharekeep;help;share;list' {
            break
        }
        'sharekeep;help;share;show' {
            break
        }
        'sharekeep;help;share;delete' {
            break
        }
        'sharekeep;help;share;set' {
            break
        }
        'sharekeep;help;share;unset' {
            break
        }
        'sharekeep;help;share;resize' {
            break
        }
        'sharekeep;help;share;type' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a share type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List share types')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share type')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set extra specs, name, description or visibility')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Unset extra specs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share types')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Which projects may use a private share type')
            break
        }
        'sharekeep;help;share;type;create' {
            break
        }
        'sharekeep;help;share;type;list' {
            break
        }
        'sharekeep;help;share;type;show' {
            break
        }
        'sharekeep;help;share;type;set' {
            break
        }
        'sharekeep;help;share;type;unset' {
            break
        }
        'sharekeep;help;share;type;delete' {
            break
        }
        'sharekeep;help;share;type;access' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Allow a project to use a private share type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects that may use a private share type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Stop a project from using a private share type')
            break
        }
        'sharekeep;help;share;type;access;create' {
            break
        }
        'sharekeep;help;share;type;access;list' {
            break
        }
        'sharekeep;help;share;type;access;delete' {
            break
        }
        'sharekeep;help;share;network' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a share network')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List share networks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share network')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share networks')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a share network: name, description, status, neutron network, security services')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a share network''s name, description or a security service')
            [CompletionResult]::new('subnet', 'subnet', [CompletionResultType]::ParameterValue, 'Share network subnets')
            break
        }
        'sharekeep;help;share;network;create' {
            break
        }
        'sharekeep;help;share;network;list' {
            break
        }
        'sharekeep;help;share;network;show' {
            break
        }
        'sharekeep;help;share;network;delete' {
            break
        }
        'sharekeep;help;share;network;set' {
            break
        }
        'sharekeep;help;share;network;unset' {
            break
        }
        'sharekeep;help;share;network;subnet' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a subnet to a share network (or check whether one can be added)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share network''s subnets (API 2.51+; not in the openstack client)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share network subnet')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share network subnets')
            break
        }
        'sharekeep;help;share;network;subnet;create' {
            break
        }
        'sharekeep;help;share;network;subnet;list' {
            break
        }
        'sharekeep;help;share;network;subnet;show' {
            break
        }
        'sharekeep;help;share;network;subnet;delete' {
            break
        }
        'sharekeep;help;share;server' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List share servers, with their encryption key refs under --long')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a share server, including its encryption key ref')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete share servers')
            break
        }
        'sharekeep;help;share;server;list' {
            break
        }
        'sharekeep;help;share;server;show' {
            break
        }
        'sharekeep;help;share;server;delete' {
            break
        }
        'sharekeep;help;share;quota' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project''s quotas')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a project''s quotas (admin)')
            break
        }
        'sharekeep;help;share;quota;show' {
            break
        }
        'sharekeep;help;share;quota;set' {
            break
        }
        'sharekeep;help;share;pool' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pools')
            break
        }
        'sharekeep;help;share;pool;list' {
            break
        }
        'sharekeep;help;share;message' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List user messages')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user message')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete user messages')
            break
        }
        'sharekeep;help;share;message;list' {
            break
        }
        'sharekeep;help;share;message;show' {
            break
        }
        'sharekeep;help;share;message;delete' {
            break
        }
        'sharekeep;help;share;export' {
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Export locations of a share')
            break
        }
        'sharekeep;help;share;export;location' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share''s export locations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one export location')
            break
        }
        'sharekeep;help;share;export;location;list' {
            break
        }
        'sharekeep;help;share;export;location;show' {
            break
        }
        'sharekeep;help;share;access' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Allow access to a share')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a share''s access rules')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an access rule')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an access rule (API 2.45+)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change an access rule''s properties or access level')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove an access rule''s properties')
            break
        }
        'sharekeep;help;share;access;create' {
            break
        }
        'sharekeep;help;share;access;list' {
            break
        }
        'sharekeep;help;share;access;delete' {
            break
        }
        'sharekeep;help;share;access;show' {
            break
        }
        'sharekeep;help;share;access;set' {
            break
        }
        'sharekeep;help;share;access;unset' {
            break
        }
        'sharekeep;help;share;restore' {
            break
        }
        'sharekeep;help;share;snapshot' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a snapshot of a share')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete snapshots')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a snapshot, with its export locations')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a snapshot''s name, description, status (admin) or properties')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a snapshot''s name, description or properties')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List snapshots')
            break
        }
        'sharekeep;help;share;snapshot;create' {
            break
        }
        'sharekeep;help;share;snapshot;delete' {
            break
        }
        'sharekeep;help;share;snapshot;show' {
            break
        }
        'sharekeep;help;share;snapshot;set' {
            break
        }
        'sharekeep;help;share;snapshot;unset' {
            break
        }
        'sharekeep;help;share;snapshot;list' {
            break
        }
        'sharekeep;help;share;availability' {
            [CompletionResult]::new('zone', 'zone', [CompletionResultType]::ParameterValue, 'Availability zones')
            break
        }
        'sharekeep;help;share;availability;zone' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the availability zones')
            break
        }
        'sharekeep;help;share;availability;zone;list' {
            break
        }
        'sharekeep;help;share;limits' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the absolute limits (quotas and usage) or the rate limits')
            break
        }
        'sharekeep;help;share;limits;show' {
            break
        }
        'sharekeep;help;secret' {
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Store a secret in Barbican')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a secret''s metadata, or its payload')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one or more secrets')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Give a secret stored without a payload its payload')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Orders: have Barbican generate a key')
            [CompletionResult]::new('container', 'container', [CompletionResultType]::ParameterValue, 'Containers: named groups of secrets')
            break
        }
        'sharekeep;help;secret;store' {
            break
        }
        'sharekeep;help;secret;list' {
            break
        }
        'sharekeep;help;secret;get' {
            break
        }
        'sharekeep;help;secret;delete' {
            break
        }
        'sharekeep;help;secret;update' {
            break
        }
        'sharekeep;help;secret;order' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Ask Barbican to generate a key')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an order')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List orders')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one or more orders')
            break
        }
        'sharekeep;help;secret;order;create' {
            break
        }
        'sharekeep;help;secret;order;get' {
            break
        }
        'sharekeep;help;secret;order;list' {
            break
        }
        'sharekeep;help;secret;order;delete' {
            break
        }
        'sharekeep;help;secret;container' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a container of secrets')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a container')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List containers')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a container (not its secrets)')
            break
        }
        'sharekeep;help;secret;container;create' {
            break
        }
        'sharekeep;help;secret;container;get' {
            break
        }
        'sharekeep;help;secret;container;list' {
            break
        }
        'sharekeep;help;secret;container;delete' {
            break
        }
        'sharekeep;help;acl' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a secret''s ACL')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a secret''s ACL (back to project-wide access)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Replace a secret''s ACL with the users given')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add or remove users on a secret''s ACL')
            break
        }
        'sharekeep;help;acl;get' {
            break
        }
        'sharekeep;help;acl;delete' {
            break
        }
        'sharekeep;help;acl;submit' {
            break
        }
        'sharekeep;help;acl;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add users to a secret''s ACL (keeping the others)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove users from a secret''s ACL')
            break
        }
        'sharekeep;help;acl;user;add' {
            break
        }
        'sharekeep;help;acl;user;remove' {
            break
        }
        'sharekeep;help;token' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a token (reusing the cached one while it is valid)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token')
            break
        }
        'sharekeep;help;token;issue' {
            break
        }
        'sharekeep;help;token;revoke' {
            break
        }
        'sharekeep;help;keyring' {
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Store a password or application-credential secret (read from standard input)')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Remove a stored secret')
            break
        }
        'sharekeep;help;keyring;store' {
            break
        }
        'sharekeep;help;keyring;forget' {
            break
        }
        'sharekeep;help;local' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where the local cloud''s state is and what it holds')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the local cloud''s state (every share, secret, key and credential in it)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print or change the local back ends (`backends.yaml` in the state directory)')
            [CompletionResult]::new('populate', 'populate', [CompletionResultType]::ParameterValue, 'Fill the local state with many shares and share servers, for benchmarks')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the local cloud to any OpenStack client (openstack, openstacksdk, tempest)')
            break
        }
        'sharekeep;help;local;status' {
            break
        }
        'sharekeep;help;local;reset' {
            break
        }
        'sharekeep;help;local;config' {
            break
        }
        'sharekeep;help;local;populate' {
            break
        }
        'sharekeep;help;local;serve' {
            break
        }
        'sharekeep;help;completion' {
            break
        }
        'sharekeep;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
