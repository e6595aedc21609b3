// The shape of purego's Linux dlfcn code before v0.5.2 and v0.6.0-alpha.4, written for the lab
// (no purego release that old is packaged for Debian): dlopen and friends imported dynamically
// as purego_<name>, assembly stubs named <name> that jump to the imports, and Go variables that
// take the stubs' addresses. purego built this on Linux with cgo on only in v0.6.0-alpha.1 to
// alpha.3; macOS and FreeBSD builds had it with cgo on before v0.5.2.
package oldpurego

import "unsafe"

//go:cgo_import_dynamic purego_dlopen dlopen "libdl.so.2"
//go:cgo_import_dynamic purego_dlsym dlsym "libdl.so.2"
//go:cgo_import_dynamic purego_dlerror dlerror "libdl.so.2"
//go:cgo_import_dynamic purego_dlclose dlclose "libdl.so.2"
//go:cgo_import_dynamic _ _ "libdl.so.2"

//go:linkname dlopen dlopen
var dlopen uint8

//go:linkname dlsym dlsym
var dlsym uint8

//go:linkname dlerror dlerror
var dlerror uint8

//go:linkname dlclose dlclose
var dlclose uint8

var stubs = []uintptr{
	uintptr(unsafe.Pointer(&dlopen)),
	uintptr(unsafe.Pointer(&dlsym)),
	uintptr(unsafe.Pointer(&dlerror)),
	uintptr(unsafe.Pointer(&dlclose)),
}

// Linked reports whether every stub got an address.
func Linked() bool {
	for _, s := range stubs {
		if s == 0 {
			return false
		}
	}
	return true
}
