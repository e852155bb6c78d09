// Stands in for the `server-only` marker package under Jest (it throws outside React Server Components).
module.exports = {};
