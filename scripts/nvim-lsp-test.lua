-- An independent LSP client for the Corpus Review server: Neovim's built-in client
-- (Debian's neovim 0.7) starts `node dist/server.js --stdio` on a copy of the seeds
-- and checks diagnostics (opened and unopened articles), hover, definition, a quick
-- fix and a clean shutdown. It keeps the server honest to the protocol, not to the
-- VS Code client. Run by scripts/e2e.mjs:
--   LSP_SERVER=dist/server.js LSP_ROOT=<workspace> nvim --headless -u NONE -i NONE -n -c 'luafile scripts/nvim-lsp-test.lua'
-- Prints one TAP-like line per check ("ok - name" / "not ok - name # why"); exit 0 when all pass.

local server = os.getenv('LSP_SERVER') or error('set LSP_SERVER to dist/server.js')
local root = os.getenv('LSP_ROOT') or error('set LSP_ROOT to the test workspace')
local TIMEOUT = 15000

local failures = 0
local function out(s) io.stdout:write(s .. '\n') end
local function check(name, ok, why)
  if ok then
    out('ok - ' .. name)
  else
    failures = failures + 1
    out('not ok - ' .. name .. (why and (' # ' .. tostring(why):gsub('\n', ' ')) or ''))
  end
  return ok
end
local function finish()
  io.stdout:flush()
  vim.cmd(failures == 0 and 'qall!' or 'cquit! 1')
end

local function seed(prefix)
  local f = vim.fn.glob(root .. '/seeds/' .. prefix .. '*.txt')
  if f == '' then error('no seed ' .. prefix .. '*.txt in ' .. root) end
  return f
end

-- Diagnostics as published, per URI, whether or not the file is open.
local published = {}
local exit_code = nil
local client_id = vim.lsp.start_client({
  name = 'corpus-review',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
  settings = {},
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      published[result.uri] = result.diagnostics
      -- Only buffers that exist go to vim.diagnostic; unopened articles stay in `published`.
      if vim.uri_to_bufnr and vim.fn.bufexists(vim.uri_to_fname(result.uri)) == 1 then
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
      end
    end,
  },
  on_exit = function(code) exit_code = code end,
})
if not check('the server starts', client_id ~= nil) then return finish() end

local article = seed('003_')
vim.cmd('edit ' .. vim.fn.fnameescape(article))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)
local article_uri = vim.uri_from_bufnr(bufnr)

local function figures(uri)
  local found = {}
  for _, d in ipairs(published[uri] or {}) do
    if d.code == 'unsourced-figure' then table.insert(found, d) end
  end
  return found
end

local got = vim.wait(TIMEOUT, function() return #figures(article_uri) > 0 end, 50)
check('diagnostics for the opened article', got, 'no unsourced-figure diagnostic for ' .. article_uri)
local unopened = vim.uri_from_fname(seed('000_'))
got = vim.wait(TIMEOUT, function() return #figures(unopened) > 0 end, 50)
check('diagnostics for an article that was never opened', got, 'none published for ' .. unopened)
local d = figures(article_uri)[1]
if d then
  check('a diagnostic carries severity, source and message',
    d.severity == 2 and d.source == 'corpus-review' and type(d.message) == 'string' and #d.message > 0, vim.inspect(d))
end

-- Positions are found by text; the client converts to UTF-16 columns.
local function cursor_on(text)
  for lnum, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(text, 1, true)
    if col then
      vim.api.nvim_win_set_cursor(0, { lnum, col + 1 }) -- a little inside the word
      return vim.lsp.util.make_position_params(0, 'utf-16')
    end
  end
  error('"' .. text .. '" not found in ' .. article)
end

-- The capability each request needs: asking without it only waits for a timeout.
local CAPABILITY = {
  ['textDocument/hover'] = 'hoverProvider',
  ['textDocument/definition'] = 'definitionProvider',
  ['textDocument/codeAction'] = 'codeActionProvider',
}

local function request(method, params)
  local caps = vim.lsp.get_client_by_id(client_id).server_capabilities or {}
  local cap = CAPABILITY[method]
  if cap and not caps[cap] then return nil, 'the server does not advertise ' .. cap end
  local answers, err = vim.lsp.buf_request_sync(bufnr, method, params, TIMEOUT)
  if not answers then return nil, err end
  for _, a in pairs(answers) do
    if a.err then return nil, vim.inspect(a.err) end
    return a.result
  end
end

local function flatten(contents)
  if type(contents) == 'string' then return contents end
  if contents == nil or contents == vim.NIL then return '' end
  if contents.value then return contents.value end
  local parts = {}
  for _, c in ipairs(contents) do table.insert(parts, flatten(c)) end
  return table.concat(parts, '\n')
end

-- Hover on an actor: the registry's canonical name and description.
local position = cursor_on('Kim Jong Un')
local hover, herr = request('textDocument/hover', position)
local hover_text = hover and flatten(hover.contents) or ''
check('hover on an actor names it and shows its registry description',
  hover_text:find('Kim Jong Un', 1, true) and hover_text:find('Supreme Leader', 1, true),
  herr or ('hover: ' .. (hover_text ~= '' and hover_text or 'none')))

-- Definition: the actor's entry in seeds/actors.yaml.
local def, derr = request('textDocument/definition', position)
local loc = def and (def[1] or def)
local uri = loc and (loc.uri or loc.targetUri)
local range = loc and (loc.range or loc.targetSelectionRange)
local target_line = ''
if uri and range then
  local lines = vim.fn.readfile(vim.uri_to_fname(uri))
  target_line = lines[range.start.line + 1] or ''
end
check('definition goes to the actor registry entry',
  uri and uri:match('/seeds/actors%.yaml$') and (target_line:find('Kim Jong Un', 1, true) or target_line:find('kim-jong-un', 1, true)),
  derr or ('definition: ' .. tostring(uri) .. ' "' .. target_line .. '"'))

-- A quick fix for an unsourced figure, with a workspace edit.
if d then
  local actions, aerr = request('textDocument/codeAction', {
    textDocument = { uri = article_uri },
    range = d.range,
    context = { diagnostics = { d } },
  })
  local with_edit = 0
  for _, a in ipairs(actions or {}) do
    if a.edit then with_edit = with_edit + 1 end
  end
  check('quick fixes for an unsourced figure carry workspace edits', with_edit > 0, aerr or vim.inspect(actions))
end

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return exit_code ~= nil end, 50)
check('the server exits cleanly on shutdown', exit_code == 0, 'exit code ' .. tostring(exit_code))
finish()
