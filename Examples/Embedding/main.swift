import Krait

// A Swift program embedding Krait: define Python functions, call them with Swift
// values, convert the results back, and catch a Python exception as a Swift error.
let python = PythonContext()
do {
    try python.exec("""
        def word_lengths(words):
            return {w: len(w) for w in words}

        class Account:
            def __init__(self, owner, balance=0):
                self.owner = owner
                self.balance = balance

            def deposit(self, amount):
                if amount <= 0:
                    raise ValueError("deposit must be positive")
                self.balance += amount
                return self.balance
        """)
    let lengths = try python.globals("word_lengths")!(["swift", "python"])
    print("lengths:", [String: Int](python: lengths)!.sorted { $0.key < $1.key })

    let account = try python.globals("Account")!("Ada", balance: 10)
    print("balance:", Int(python: try account.deposit(5))!, "owner:", String(python: try account.owner)!)
    print("sum:", Int(python: try python.eval("sum(range(10))"))!)
    _ = try account.deposit(-1)
} catch {
    print("caught \(error.typeName): \(error.message)")
}
