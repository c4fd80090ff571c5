x = f'{1ea}'
