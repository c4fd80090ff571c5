dot, it = (results['dot'], results[])
