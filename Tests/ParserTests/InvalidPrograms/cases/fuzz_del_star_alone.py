del *
