import ObjectLayout
import ObjectModel

/// The methods of `array.array`.
enum ArrayMethods {
    static let copyDoc = "Return a copy of the array."

    static let table: [MethodSpec] = [
        MethodSpec("append", doc: "append($self, v, /)\n--\n\nAppend new value v to the end of the array.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try ArrayItems.append(s, try args.one("array.append"))
                return .none
            }
        },
        MethodSpec("buffer_info", doc: "buffer_info($self, /)\n--\n\nReturn a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.\n\nThe length should be multiplied by the itemsize attribute to calculate\nthe buffer length in bytes.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("array.buffer_info")
                let address = IntObject.make(Int(bitPattern: UInt(bitPattern: ArrayStorage.array(s).pointee.ob_item)))
                return Tuple.make(address, IntObject.make(ArrayStorage.count(s)))
            }
        },
        MethodSpec("byteswap", doc: "byteswap($self, /)\n--\n\nByteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is\nraised.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("array.byteswap")
                let size = ArrayStorage.itemsize(s), p = ArrayStorage.data(s).assumingMemoryBound(to: UInt8.self)
                for i in 0..<ArrayStorage.count(s) {
                    var item = UnsafeMutableBufferPointer(start: p + i * size, count: size)
                    item.reverse()
                }
                return .none
            }
        },
        MethodSpec("__copy__", doc: "__copy__($self, /)\n--\n\n\(copyDoc)") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("array.__copy__")
                return ArrayMethods.copy(s)
            }
        },
        MethodSpec("count", doc: "count($self, v, /)\n--\n\nReturn number of occurrences of v in the array.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let item = try args.one("array.count")
                var count = 0, i = 0
                while let found = try ArrayType.find(s, item, i, Int.max) {
                    count += 1
                    i = found + 1
                }
                return IntObject.make(count)
            }
        },
        MethodSpec("__deepcopy__", doc: "__deepcopy__($self, unused, /)\n--\n\n\(copyDoc)") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                _ = try args.one("array.__deepcopy__")
                return ArrayMethods.copy(s)
            }
        },
        MethodSpec("extend", doc: "extend($self, bb, /)\n--\n\nAppend items to the end of the array.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let source = try args.one("array.extend")
                if ArrayStorage.isArray(source) { try ArrayType.extend(s, source); return .none }
                let it = try Protocols.iterator(source)
                while let item = try Protocols.next(it) { try ArrayItems.append(s, item) }
                return .none
            }
        },
        MethodSpec("frombytes", doc: "frombytes($self, buffer, /)\n--\n\nAppends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try ArrayConversions.fromBytes(s, try args.one("array.frombytes"))
                return .none
            }
        },
        MethodSpec("fromfile", doc: "fromfile($self, f, n, /)\n--\n\nRead n objects from the file object f and append them to the end of the array.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("fromfile", min: 2, max: 2)
                try ArrayConversions.fromFile(s, args[0], args[1])
                return .none
            }
        },
        MethodSpec("fromlist", doc: "fromlist($self, list, /)\n--\n\nAppend items to array from list.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try ArrayConversions.fromList(s, try args.one("array.fromlist"))
                return .none
            }
        },
        MethodSpec("fromunicode", doc: "fromunicode($self, ustr, /)\n--\n\nExtends this array with data from the unicode string ustr.\n\nThe array must be a unicode type array; otherwise a ValueError is raised.\nUse array.frombytes(ustr.encode(...)) to append Unicode data to an array of\nsome other type.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try ArrayConversions.fromUnicode(s, try args.one("array.fromunicode"))
                return .none
            }
        },
        MethodSpec("index", doc: "index($self, v, start=0, stop=sys.maxsize, /)\n--\n\nReturn index of first occurrence of v in the array.\n\nRaise ValueError if the value is not present.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("index", min: 1, max: 3)
                let count = ArrayStorage.count(s)
                let start = try args.optional(1).map { v throws(PyException) in try ModuleTypes.sliceBound(v, count) } ?? 0
                let stop = try args.optional(2).map { v throws(PyException) in try ModuleTypes.sliceBound(v, count) } ?? count
                guard let found = try ArrayType.find(s, args[0], start, stop) else {
                    throw PyException.valueError("array.index(x): x not in array")
                }
                return IntObject.make(found)
            }
        },
        MethodSpec("insert", doc: "insert($self, i, v, /)\n--\n\nInsert a new item v into the array before position i.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("insert", min: 2, max: 2)
                let count = ArrayStorage.count(s)
                var i = try ModuleTypes.size(args[0])
                if i < 0 { i = Swift.max(i + count, 0) }
                try ArrayItems.insert(s, Swift.min(i, count), args[1])
                return .none
            }
        },
        MethodSpec("pop", doc: "pop($self, i=-1, /)\n--\n\nReturn the i-th element and delete it from the array.\n\ni defaults to -1.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("pop", min: 0, max: 1)
                var i = try args.optional(0).map { v throws(PyException) in try ModuleTypes.size(v) } ?? -1
                let count = ArrayStorage.count(s)
                if count == 0 { throw PyException.indexError("pop from empty array") }
                if i < 0 { i += count }
                guard i >= 0 && i < count else { throw PyException.indexError("pop index out of range") }
                let item = try ArrayItems.get(s, i)
                ArrayStorage.replace(s, i..<(i + 1), with: UnsafeRawBufferPointer(start: nil, count: 0))
                return item
            }
        },
        MethodSpec("__reduce_ex__", doc: "__reduce_ex__($self, value, /)\n--\n\nReturn state information for pickling.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try ArrayPickling.reduce(s, try args.one("__reduce_ex__")) }
        },
        MethodSpec("remove", doc: "remove($self, v, /)\n--\n\nRemove the first occurrence of v in the array.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                guard let i = try ArrayType.find(s, try args.one("array.remove"), 0, Int.max) else {
                    throw PyException.valueError("array.remove(x): x not in array")
                }
                ArrayStorage.replace(s, i..<(i + 1), with: UnsafeRawBufferPointer(start: nil, count: 0))
                return .none
            }
        },
        MethodSpec("reverse", doc: "reverse($self, /)\n--\n\nReverse the order of the items in the array.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("array.reverse")
                let size = ArrayStorage.itemsize(s), count = ArrayStorage.count(s), p = ArrayStorage.data(s)
                var scratch: UInt64 = 0
                for i in 0..<count / 2 {
                    let x = p + i * size, y = p + (count - 1 - i) * size
                    withUnsafeMutableBytes(of: &scratch) { t in
                        t.baseAddress!.copyMemory(from: x, byteCount: size)
                        x.copyMemory(from: y, byteCount: size)
                        y.copyMemory(from: t.baseAddress!, byteCount: size)
                    }
                }
                return .none
            }
        },
        MethodSpec("__sizeof__", doc: "__sizeof__($self, /)\n--\n\nSize of the array in memory, in bytes.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("array.__sizeof__")
                // CPython's arrayobject is 64 bytes; Krait's header differs, its items do not.
                return IntObject.make(64 + ArrayStorage.array(s).pointee.allocated * ArrayStorage.itemsize(s))
            }
        },
        MethodSpec("tobytes", doc: "tobytes($self, /)\n--\n\nConvert the array to an array of machine values and return the bytes representation.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("array.tobytes")
                return ArrayConversions.toBytes(s)
            }
        },
        MethodSpec("tofile", doc: "tofile($self, f, /)\n--\n\nWrite all items (as machine values) to the file object f.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try ArrayConversions.toFile(s, try args.one("array.tofile"))
                return .none
            }
        },
        MethodSpec("tolist", doc: "tolist($self, /)\n--\n\nConvert array to an ordinary list with the same items.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("array.tolist")
                return try ArrayConversions.toList(s)
            }
        },
        MethodSpec("tounicode", doc: "tounicode($self, /)\n--\n\nExtends this array with data from the unicode string ustr.\n\nConvert the array to a unicode string.  The array must be a unicode type array;\notherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a\nunicode string from an array of some other type.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("array.tounicode")
                return try ArrayConversions.toUnicode(s)
            }
        },
    ]

    /// A plain array with the same items.
    static func copy(_ v: Value) -> Value {
        let result = ArrayStorage.makeLike(v, count: ArrayStorage.count(v))
        ArrayStorage.data(result).copyMemory(from: ArrayStorage.data(v), byteCount: ArrayStorage.byteCount(v))
        return result
    }
}
