# uncaught exception raised in a finally block while another is propagating: both appear, linked by context
def close_resource(name):
    raise OSError(f"cannot close {name}")

def process(name):
    try:
        print("processing", name)
        return int(name)
    finally:
        if not name.isdigit():
            close_resource(name)

print(process("42"))
process("file.txt")
