import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// `socket.herror` and `socket.gaierror` (OSError subclasses), made once.
enum SocketErrors {
    nonisolated(unsafe) static var herrorClass: Value = .empty
    nonisolated(unsafe) static var gaierrorClass: Value = .empty

    static func setUp() throws(PyException) {
        if !herrorClass.isEmpty { return }
        herrorClass = try NativeModule.exceptionClass("socket", "herror", base: Krait_exc_OSError)
        gaierrorClass = try NativeModule.exceptionClass("socket", "gaierror", base: Krait_exc_OSError)
    }

    /// A getaddrinfo/getnameinfo failure (`set_gaierror`): EAI_SYSTEM is errno's.
    static func gaierror(_ code: Int32, errno failure: Int32) -> PyException {
        if code == EAI_SYSTEM { return PosixErrors.fromErrno(failure) }
        let text = Str.make(String(cString: gai_strerror(code)))
        do throws(PyException) {
            return PyException(try Protocols.call(gaierrorClass, IntObject.make(Int(code)), text))
        } catch {
            return error
        }
    }

    /// A gethostby* failure (`set_herror`).
    static func herror(_ code: Int32) -> PyException {
        let text = Str.make(String(cString: hstrerror(code)))
        do throws(PyException) {
            return PyException(try Protocols.call(herrorClass, IntObject.make(Int(code)), text))
        } catch {
            return error
        }
    }

    static func timedOut() -> PyException { PyException(Krait_exc_TimeoutError, "timed out") }
}
