// Package contract declares the types of newsparse's output contract: the
// spans, header, entities, quotations, amounts of money, casualty counts and
// toll that json.Marshal of an Article writes, with their JSON names. It holds
// types and their small methods only, and imports nothing of newsparse: every
// other package reads and fills these types, and the root package re-exports
// them as aliases (newsparse.Entity is contract.Entity).
package contract
