# uncaught AttributeError on None from a chained method call inside a comprehension
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

chain = Node(1, Node(2, Node(3)))
print([n.value for n in (chain, chain.next, chain.next.next)])
print(chain.next.next.next)
values = [chain.next.next.next.value for _ in range(1)]
