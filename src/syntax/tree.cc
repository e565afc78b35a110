// Penn Treebank bracket reader and writer.
//
// The reader is a loop over an explicit stack rather than a recursive descent: its input
// comes from outside (PETRARCH files, other parsers), and a string of a million '(' must
// give an error, not a stack overflow.
#include <limits>

#include "vigil/tree.h"

namespace vigil::syntax {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_atom_char(char c) { return c != '(' && c != ')' && !is_space(c); }

class PtbReader {
 public:
  PtbReader(std::string_view s, std::string_view where) : s_(s), where_(where) {}

  Result<Tree> read() {
    if (s_.size() >= static_cast<size_t>(std::numeric_limits<int32_t>::max())) {
      return fail(0, "parse too large");
    }
    skip_space();
    if (i_ == s_.size()) return fail_plain("empty parse");
    if (s_[i_] != '(') return fail(i_, "expected '(' at the start of the tree");

    while (true) {
      skip_space();
      if (i_ == s_.size()) {
        if (tree_.root >= 0) break;
        return fail_plain("missing ')' at end (" + std::to_string(stack_.size()) +
                          " bracket" + (stack_.size() == 1 ? "" : "s") + " left open)");
      }
      const char c = s_[i_];
      if (tree_.root >= 0) {
        return fail(i_, c == ')' ? "unexpected ')'" : "text after the tree");
      }
      if (c == '(') {
        if (Status st = open(); !st.ok()) return st;
      } else if (c == ')') {
        if (Status st = close(); !st.ok()) return st;
      } else {
        return fail(i_, "unexpected word \"" + std::string(atom_at(i_)) +
                            "\" (a word must be inside \"(TAG word)\")");
      }
    }
    return std::move(tree_);
  }

 private:
  void skip_space() {
    while (i_ < s_.size() && is_space(s_[i_])) ++i_;
  }

  std::string_view atom_at(size_t pos) const {
    size_t end = pos;
    while (end < s_.size() && is_atom_char(s_[end])) ++end;
    return s_.substr(pos, end - pos);
  }

  Status fail(size_t pos, const std::string& what) const {
    return fail_plain(what + " at byte " + std::to_string(pos));
  }
  Status fail_plain(const std::string& what) const {
    if (where_.empty()) return Status::error(StatusCode::kDataError, what);
    return Status::error(StatusCode::kDataError, std::string(where_) + ": " + what);
  }

  // At '(': reads the label and, for a preterminal, its word and closing bracket.
  Status open() {
    const size_t open_pos = i_;
    ++i_;
    skip_space();
    const std::string_view label = i_ < s_.size() ? atom_at(i_) : std::string_view{};
    i_ += label.size();

    const int32_t parent = stack_.empty() ? -1 : stack_.back();
    if (label.empty() && parent >= 0) return fail(open_pos, "missing label");
    if (stack_.size() >= kMaxTreeDepth) {
      return fail(open_pos, "brackets nested deeper than " + std::to_string(kMaxTreeDepth) +
                                " levels");
    }
    if (parent >= 0 && tree_.nodes[static_cast<size_t>(parent)].token >= 0) {
      return fail(open_pos, "unexpected '(' after a word");
    }
    const auto index = static_cast<int32_t>(tree_.nodes.size());
    Node node;
    // "( (S ...))", the usual output of the Stanford and Berkeley parsers: the unlabelled
    // outer bracket is the same root that other trees call ROOT; naming it so gives every
    // tree the same top and makes to_string() read back identically.
    node.label = label.empty() ? "ROOT" : std::string(label);
    if (label.empty()) root_unlabelled_ = true;
    node.parent = parent;
    node.first_token = static_cast<int32_t>(tree_.tokens.size());
    if (parent >= 0) tree_.nodes[static_cast<size_t>(parent)].children.push_back(index);
    tree_.nodes.push_back(std::move(node));
    stack_.push_back(index);

    skip_space();
    if (i_ < s_.size() && is_atom_char(s_[i_])) {
      const std::string_view word = atom_at(i_);
      Node& pre = tree_.nodes.back();
      pre.token = static_cast<int32_t>(tree_.tokens.size());
      Token token;
      token.text = std::string(word);
      token.tag = pre.label;
      tree_.tokens.push_back(std::move(token));
      i_ += word.size();
      skip_space();
      if (i_ < s_.size() && s_[i_] != ')') {
        return fail(i_, s_[i_] == '(' ? "unexpected '(' after a word"
                                      : "more than one word in \"(" + std::string(label) +
                                            " ...)\"");
      }
    }
    open_pos_.push_back(open_pos);
    return {};
  }

  // At ')': closes the innermost node, which must have a word or at least one child.
  Status close() {
    const int32_t index = stack_.back();
    Node& node = tree_.nodes[static_cast<size_t>(index)];
    const size_t open_pos = open_pos_.back();
    if (node.token < 0 && node.children.empty()) {
      if (node.parent < 0 && root_unlabelled_) return fail(open_pos, "empty brackets");
      return fail(open_pos, "\"" + node.label + "\" has neither a word nor children");
    }
    node.last_token = static_cast<int32_t>(tree_.tokens.size()) - 1;
    stack_.pop_back();
    open_pos_.pop_back();
    ++i_;
    if (stack_.empty()) tree_.root = index;
    return {};
  }

  std::string_view s_;
  std::string_view where_;
  size_t i_ = 0;
  Tree tree_;
  std::vector<int32_t> stack_;
  std::vector<size_t> open_pos_;
  bool root_unlabelled_ = false;
};

// Trees from vigil's own parser carry words as written ("(", "New York"); printed as is
// they would not read back. Brackets take their Treebank names and whitespace becomes '_'.
void append_atom(std::string& out, std::string_view atom) {
  if (atom.empty()) {
    out += '_';
    return;
  }
  for (char c : atom) {
    if (c == '(') {
      out += "-LRB-";
    } else if (c == ')') {
      out += "-RRB-";
    } else if (is_space(c)) {
      out += '_';
    } else {
      out += c;
    }
  }
}

}  // namespace

Result<Tree> read_ptb(std::string_view brackets, std::string_view where) {
  return PtbReader(brackets, where).read();
}

std::string Tree::to_string() const {
  std::string out;
  if (root < 0) return out;
  // Explicit stack for the same reason as the reader: trees can be arbitrarily deep.
  struct Frame {
    int32_t node;
    size_t next_child;
  };
  std::vector<Frame> stack{{root, 0}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const Node& node = nodes[static_cast<size_t>(frame.node)];
    if (frame.next_child == 0) {
      if (out.size() > 0 && out.back() != '(') out += ' ';
      out += '(';
      // An empty label is only legal on the root, where it reads back as ROOT.
      if (!node.label.empty()) append_atom(out, node.label);
      if (node.token >= 0) {
        out += ' ';
        append_atom(out, tokens[static_cast<size_t>(node.token)].text);
      }
    }
    if (frame.next_child < node.children.size()) {
      const int32_t child = node.children[frame.next_child++];
      stack.push_back({child, 0});
      continue;
    }
    out += ')';
    stack.pop_back();
  }
  return out;
}

}  // namespace vigil::syntax
