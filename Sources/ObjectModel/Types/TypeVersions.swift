import ObjectLayout

/// Type version tags (CPython's `tp_version_tag`): a number that stands for "this type's
/// dict and MRO, and those of every type on its MRO, are as they were". Caches of lookups
/// on a type (the method cache, the interpreter's inline caches) store the tag and are
/// valid while the type still has it. Tags are never reused, so a cache entry of a type
/// that died can never match another type.
///
/// Invariant: a tagged type's ancestors are all tagged. So a change to an untagged type
/// concerns no tagged type, and a change to a tagged one clears its tag and its
/// subclasses' (`modified`).
public enum TypeVersions {
    /// The tag of a type whose MRO comes from a metaclass's `mro()`: its MRO may name
    /// types that do not list it as a subclass, so no change could reach its caches.
    static let uncacheable: UInt32 = .max

    nonisolated(unsafe) static var next: UInt32 = 1

    /// Subclasses of builtin (static) types that are themselves static; heap types are
    /// in their bases' `tp_subclasses`. Static types are immortal, so plain pointers do.
    nonisolated(unsafe) static var staticSubclasses: [TypePointer: [TypePointer]] = [:]

    /// The type's tag, assigned now if it has none; 0 if it cannot have one.
    @inline(__always)
    public static func tag(_ type: TypePointer) -> UInt32 {
        let tag = type.pointee.tp_version_tag
        if tag != 0 { return tag == uncacheable ? 0 : tag }
        return assign(type)
    }

    static func assign(_ type: TypePointer) -> UInt32 {
        guard let mro = type.pointee.tp_mro, next < uncacheable else { return 0 }
        let entries = Value(mro)
        for i in 1..<max(1, Tuple.count(entries)) {
            if tag(Tuple.item(entries, i).object.layout(PyTypeObject.self)) == 0 { return 0 }
        }
        let tag = next
        next += 1
        type.pointee.tp_version_tag = tag
        return tag
    }

    /// Something a type's lookups depend on changed (its dict, bases or MRO).
    public static func modified(_ type: TypePointer) {
        let tag = type.pointee.tp_version_tag
        guard tag != 0 && tag != uncacheable else { return }
        type.pointee.tp_version_tag = 0
        if let list = type.pointee.tp_subclasses {
            let references = Value(list)
            for i in 0..<List.count(references) {
                let subclass = WeakReferences.referent(List.item(references, i).layout(PyWeakReference.self))
                if subclass != .none { modified(subclass.object.layout(PyTypeObject.self)) }
            }
        }
        if let subclasses = staticSubclasses[type] {
            for subclass in subclasses { modified(subclass) }
        }
    }

    /// A static type readied with `base` among its bases.
    static func recordStatic(_ type: TypePointer, base: TypePointer) {
        staticSubclasses[base, default: []].append(type)
    }

    /// The MRO came from a metaclass's `mro()`.
    static func markUncacheable(_ type: TypePointer) {
        modified(type)
        type.pointee.tp_version_tag = uncacheable
    }
}
