ad_tests(*args):
    return 1
