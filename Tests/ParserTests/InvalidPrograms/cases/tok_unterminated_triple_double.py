x = """abc


def
