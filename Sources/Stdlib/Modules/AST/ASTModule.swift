import ObjectLayout
import ObjectModel

/// `_ast`: the node classes and the compile() flags that ask for trees.
enum ASTModule {
    /// `PyCF_ONLY_AST`, `PyCF_TYPE_COMMENTS`, `PyCF_ALLOW_TOP_LEVEL_AWAIT`.
    static let onlyAST: Int32 = 0x400
    static let typeComments: Int32 = 0x1000
    static let allowTopLevelAwait: Int32 = 0x2000

    static func create() throws(PyException) -> Value {
        try ASTClasses.ensure()
        let m = try NativeModule.make("_ast", doc: "", functions: [])
        try NativeModule.set(m, "__doc__", .none)
        try NativeModule.set(m, "AST", Value(Krait_astNode_type))
        try NativeModule.set(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", IntObject.make(Int(allowTopLevelAwait)))
        try NativeModule.set(m, "PyCF_ONLY_AST", IntObject.make(Int(onlyAST)))
        try NativeModule.set(m, "PyCF_TYPE_COMMENTS", IntObject.make(Int(typeComments)))
        // Each category, then its constructors (a product is its own one class).
        for category in ASTCategory.allCases {
            try NativeModule.set(m, category.name, ASTClasses.categoryClass(category))
            if category.isProduct { continue }
            for i in ASTGrammar.byCategory[category.rawValue] {
                try NativeModule.set(m, ASTGrammar.constructors[i].name, ASTClasses.constructorClass(i))
            }
        }
        return m
    }
}
