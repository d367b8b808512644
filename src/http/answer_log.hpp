#pragma once
// The answers the API gave, for the contract tests (docs/API.md "OpenAPI"): with the environment
// variable LINDUNGI_ANSWER_DIR set, every API answer is appended as one JSON line
//   {"method":"PUT","route":"/api/v1/workers/{id}","query":{...},"request":{...},
//    "request_type":"application/json","status":200,"type":"application/json","body":{...}}
// to <dir>/answers-<pid>.jsonl (request and body only when they are JSON, else null;
// "request_type" null when the request had no body, "request_not_json" when a body said to be JSON
// is not), and tests/openapi/answers.py checks each one, request and answer, against
// docs/openapi.yaml. Unset (in production):
// nothing is written and nothing is kept.
#include <memory>
#include <string>

#include "http/api.hpp"

namespace lindungi::http {

class AnswerLog {
 public:
  // From LINDUNGI_ANSWER_DIR; null when it is unset or empty.
  static std::shared_ptr<AnswerLog> from_environment();
  explicit AnswerLog(const std::string& file);
  ~AnswerLog();
  AnswerLog(const AnswerLog&) = delete;
  AnswerLog& operator=(const AnswerLog&) = delete;

  // `request`: null for an answer given before the request was read (413, 503).
  void record(const std::string& method, const std::string& route, const ApiRequest* request, const ApiResponse& res);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace lindungi::http
