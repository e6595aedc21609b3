// The host links package shared too, so the runtime compares the host's build of it with the
// plugin's. The rest of the host is repro/_shared/plugin-host.
package main

import _ "example.com/lab/shared"
