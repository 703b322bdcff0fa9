"""设置, one module per page: `dialog` holds the dialog and its `PAGES`; `page` and `numbers` the
bases the pages share."""
