// Assembly in package p calls a Go function of package q directly: q.Hello exists only under ABIInternal.
package p

import _ "lab/q" // linked in, but its Hello exists only as ABIInternal

func Call() int // implemented in p_amd64.s
